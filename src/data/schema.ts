/**
 * The operation schema (zod 4). The TypeScript types in types.ts are inferred
 * from it, so what compiles and what `npm run check-data` accepts cannot
 * drift. The app never parses at run time (zod stays out of the bundle): the
 * folders are typed against the inferred types, and check-data runs the
 * schema and the invariants (check/check-operation.ts) over every folder.
 */
import { z } from 'zod';
import { ALPHA2, ROLES, STRIKE_ID, type StrikeId } from './vocabulary.ts';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const text = z.string().trim().min(1, 'must not be empty');

/** yyyy-mm-dd or yyyy-mm (a month, where no source gives the day); a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written yyyy-mm-dd (or yyyy-mm for a month)')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m! < 1 || m! > 12) return false;
    if (d === undefined) return true;
    // A day past the month's end (or 00) rolls into another month, and so to another day of the month.
    return new Date(Date.UTC(y!, m! - 1, d)).getUTCDate() === d;
  }, 'is not a real calendar date');

export const Alpha2Schema = z.enum(ALPHA2, {
  error: `must be an ISO alpha-2 code the data knows (${ALPHA2.join(', ')}); add a new one to ALPHA2 in src/data/vocabulary.ts`,
});
export const RoleSchema = z.enum(ROLES, {
  error: `must be one of the roles ${ROLES.join(', ')} (src/data/vocabulary.ts)`,
});
export const StrikeIdSchema = z
  .string()
  .regex(STRIKE_ID, 'must be a campaign id written yyyy-mm, the year and month of the operation')
  .transform((s) => s as StrikeId);
export const NamedKeySchema = z.union([Alpha2Schema, z.literal('hub')]);

/** [longitude, latitude] in degrees. */
const LngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).readonly();

export const CitationSchema = z
  .strictObject({
    /** A source id: one of src/data/sources.ts or of the operation's own `sources`. */
    source: text,
    /** Paragraph of sources/article.txt (1-based), only for source 'article'. */
    paragraph: z.number().int().positive().optional(),
    /**
     * The exact passage of the page that supports the fact, for facts not in
     * research/facts.md, so a reviewer can check it without the page.
     */
    passage: text.optional(),
  })
  .readonly();

export const SourcedFactSchema = z
  .strictObject({
    text,
    cite: list(CitationSchema).check(
      z.minLength(1, 'needs at least one citation (or make it a research note: cite: [], research: true)'),
    ),
    /** Not confirmed by the sources: shown with a marker, never as plain fact. */
    unconfirmed: z.boolean().optional(),
    /** Whose claim the text reports ("Europol said…"); the text names them. */
    saidBy: text.optional(),
    research: z.never().optional(),
  })
  .readonly();

/** A finding of our own research ("We found no…"): cites no page, carries no badge. */
export const ResearchNoteSchema = z
  .strictObject({
    text,
    cite: z.tuple([]).readonly(),
    research: z.literal(true),
    unconfirmed: z.never().optional(),
    saidBy: z.never().optional(),
  })
  .readonly();

export const FactSchema = z.union([SourcedFactSchema, ResearchNoteSchema]);

export const QuoteSchema = z
  .strictObject({
    /** Verbatim: must appear character for character in its source. */
    text,
    speaker: text,
    /** The speaker's title, checked; `cite` supports it as well as the words. */
    title: text,
    /** English rendering where the quote is not in English. */
    translation: text.optional(),
    cite: list(CitationSchema).check(z.minLength(1, 'a quote needs its source')),
  })
  .readonly();

export const ParticipantSchema = z
  .strictObject({
    alpha2: Alpha2Schema,
    /** ISO 3166-1 numeric, zero-padded, as world-atlas ids are. */
    numeric: z.string().regex(/^\d{3}$/, 'must be the three-digit ISO numeric code, zero-padded ("056")'),
    /** English short name, also the start of every accessible name. */
    name: text,
    /** First role is the one the map colours by. */
    roles: list(RoleSchema.exclude(['hub'])).check(z.minLength(1, 'give the participant at least one role')),
    /** The authority that acted, where a source names it; null when no source does. */
    authority: FactSchema.nullable(),
    actions: list(FactSchema),
    /** Where sources disagree, or something is unconfirmed (no research notes). */
    caveats: list(SourcedFactSchema),
  })
  .readonly();

export const BodySchema = z.strictObject({ name: text, what: FactSchema }).readonly();

export const HubSchema = z
  .strictObject({
    name: z.literal('The Hague'),
    role: z.literal('hub'),
    lngLat: LngLatSchema,
    lngLatCite: list(CitationSchema),
    /** What the marker stands on, in words. */
    marks: text,
    bodies: list(BodySchema),
    caveats: list(FactSchema),
  })
  .readonly();

export const OutletSchema = z
  .strictObject({ id: text, name: text, spellings: list(text), what: list(FactSchema) })
  .readonly();

/** An entry of the campaign timeline: an operation, or Europol's end-of-2015 alert. */
export const StrikeSchema = z
  .strictObject({
    id: StrikeIdSchema,
    /** 'alert': Europol's end-of-2015 warning to member states, which was not a strike. */
    kind: z.enum(['alert', 'strike']),
    label: text,
    summary: FactSchema,
    leadName: text.nullable(),
    details: list(FactSchema),
  })
  .readonly();

export const TourStepSchema = z
  .strictObject({
    title: text,
    text: list(FactSchema),
    /** Alpha-2 of a participant, 'hub', 'outlets', or null for the overview. */
    select: z.union([Alpha2Schema, z.literal('hub'), z.literal('outlets')]).nullable(),
    /** The campaign entry the step tells: the operation's own id. */
    strike: StrikeIdSchema,
    filter: RoleSchema.nullable(),
    /** The places whose bounds the camera frames. */
    frame: list(NamedKeySchema),
  })
  .readonly();

export const AttackSchema = z
  .strictObject({
    id: text,
    place: text,
    name: text,
    date: isoDate,
    lngLat: LngLatSchema,
    marks: text,
    claims: list(FactSchema),
    cite: list(CitationSchema),
  })
  .readonly();

export const SourceSchema = z
  .strictObject({
    publisher: text,
    /** The page's own title, verbatim. */
    title: text.optional(),
    titleFrom: z.enum(['facts', 'page']).optional(),
    /** What the page is, in our words; never shown as a title. */
    about: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    unlinked: text.optional(),
    date: isoDate.optional(),
  })
  .readonly();

/** A role the operation shows, with its own label (the colour comes from the one palette). */
export const RoleDefSchema = z.strictObject({ role: RoleSchema, label: text }).readonly();

/** Optional hints to the layout; without them the layout decides from the data's bounds. */
export const FramingSchema = z
  .strictObject({
    /** Force (true) or forbid (false) the two-part view; absent: decided from the bounds. */
    inset: z.boolean().optional(),
  })
  .readonly();

export const OperationSchema = z
  .strictObject({
    /** The folder name and the page path: yyyy-mm-words. */
    slug: z.string().regex(/^\d{4}-\d{2}(-[a-z0-9]+)*$/, 'must be yyyy-mm or yyyy-mm-words, like the folder'),
    /** First and last day (or month) of the operation. */
    start: isoDate,
    end: isoDate,
    /** Small line above the title. */
    kicker: text,
    title: text,
    dek: text,
    dates: FactSchema,
    summary: list(FactSchema),
    /** The roles this operation shows, in legend order, hub last. */
    roles: list(RoleDefSchema).check(z.minLength(1, 'name at least the hub role')),
    participants: list(ParticipantSchema),
    hub: HubSchema,
    outlets: list(OutletSchema),
    outletsNote: FactSchema,
    quotes: list(QuoteSchema),
    /** The operation's entry on the campaign timeline. */
    strike: StrikeSchema,
    /** The guided tour, in order (may be empty). */
    tour: list(TourStepSchema),
    attacks: list(AttackSchema),
    attacksNote: list(FactSchema),
    disagreements: list(FactSchema),
    aftermath: list(FactSchema),
    /** Background a reader needs. */
    context: list(FactSchema),
    credit: text,
    /**
     * "About this map" on this operation's page: how it was researched, from
     * its own sources (replaces the method of src/data/about.ts, which is the
     * April 2018 takedown's). Translations go in the folder's translations/.
     */
    about: z
      .strictObject({ method: list(text).check(z.minLength(1)) })
      .readonly()
      .optional(),
    /** Sources only this operation cites; shared ones are in src/data/sources.ts. */
    sources: z.record(z.string(), SourceSchema).readonly(),
    framing: FramingSchema.optional(),
  })
  .readonly();
