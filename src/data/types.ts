/**
 * The content contract. Every string a reader sees comes from data typed here,
 * and every fact carries at least one citation.
 */

import type { z } from 'zod';
import type {
  AttackSchema,
  BodySchema,
  CitationSchema,
  FactSchema,
  FramingSchema,
  HubSchema,
  OperationSchema,
  OutletSchema,
  ParticipantSchema,
  QuoteSchema,
  ResearchNoteSchema,
  RoleDefSchema,
  SourcedFactSchema,
  SourceSchema,
  StrikeSchema,
  TourStepSchema,
} from './schema.ts';
import type { Alpha2 } from './vocabulary.ts';

export { ALPHA2, ROLES, STRIKE_IDS, type Alpha2, type Role, type StrikeId } from './vocabulary.ts';

/** A pointer to where a fact comes from: a paragraph of the report, or a public page (with its passage, for facts outside facts.md). */
export type Citation = z.infer<typeof CitationSchema>;
/** One checked statement, in our own words, with where it comes from. */
export type SourcedFact = z.infer<typeof SourcedFactSchema>;
/** A finding of our own research ("We found no…"): cites no page. */
export type ResearchNote = z.infer<typeof ResearchNoteSchema>;
export type Fact = z.infer<typeof FactSchema>;
/** A verbatim quotation; `text` must appear character for character in its source. */
export type Quote = z.infer<typeof QuoteSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Hub = z.infer<typeof HubSchema>;
export type Outlet = z.infer<typeof OutletSchema>;
/** An entry of the campaign timeline. */
export type Strike = z.infer<typeof StrikeSchema>;
export type TourStep = z.infer<typeof TourStepSchema>;
export type Attack = z.infer<typeof AttackSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type RoleDef = z.infer<typeof RoleDefSchema>;
export type Framing = z.infer<typeof FramingSchema>;
/** One operation: the whole content of one page, from one folder under src/data/operations/. */
export type Operation = z.infer<typeof OperationSchema>;

/** A place the reader can select or the tour can frame: a named country or the coordination hub. */
export type NamedKey = Alpha2 | 'hub';

/** A world-atlas feature the data does not name (e.g. '276', or 'i484' for its copy in the inset). Made only by `landKey()`. */
export type LandKey = string & { readonly __land: true };

/**
 * The one key vocabulary of the maps, the list, the URL and the messages:
 * alpha-2 for every country the data names, 'hub', and world-atlas ids only
 * for unnamed land.
 */
export type MapKey = NamedKey | LandKey;

/** "About this map": method, what the markers mean, sources, credits, dates and corrections. */
export interface About {
  readonly method: readonly string[];
  readonly markers: readonly { readonly label: string; readonly meaning: string }[];
  readonly sources: string;
  readonly credits: readonly string[];
  /** ISO dates. */
  readonly published: string;
  readonly updated: string;
  readonly corrections: readonly { readonly date: string; readonly text: string }[];
}
