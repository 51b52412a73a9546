/**
 * The content contract. Every string a reader sees comes from data typed here,
 * and every fact carries at least one citation.
 */
import type { SourceId } from './sources.ts';

/** The roles a participant or place can hold in the April 2018 operation. */
/** `support` is used only by earlier strikes (June 2017: the US supported Spain). */
export const ROLES = ['lead', 'evidence', 'servers', 'registrars', 'support', 'hub'] as const;
export type Role = (typeof ROLES)[number];

/** A pointer to where a fact comes from: a paragraph of the report, or a public page. */
export interface Citation {
  readonly source: SourceId;
  /** Paragraph of sources/article.txt (1-based), only for source 'article'. */
  readonly paragraph?: number;
}

/** One checked statement, in our own words, with where it comes from. */
export interface SourcedFact {
  readonly text: string;
  readonly cite: readonly Citation[];
  /** Not confirmed by the sources: shown with a marker, never as plain fact. */
  readonly unconfirmed?: boolean;
  /**
   * Whose claim the text reports, when it is someone's account rather than a
   * checked fact ("Europol said…"); the text names them. A unit test holds it.
   */
  readonly saidBy?: string;
  readonly research?: never;
}

/**
 * A finding of our own research, such as what no source we found names. It
 * cites no page (no page says it) and carries no badge: it is shown as a
 * research note. Written in the first person plural ("We found no…").
 */
export interface ResearchNote {
  readonly text: string;
  readonly cite: readonly [];
  readonly research: true;
  readonly unconfirmed?: never;
  readonly saidBy?: never;
}

export type Fact = SourcedFact | ResearchNote;

/** A verbatim quotation; `text` must appear character for character in its source. */
export interface Quote {
  readonly text: string;
  readonly speaker: string;
  /** The speaker's title, checked (facts.md §7); `cite` supports it as well as the words. */
  readonly title: string;
  /** English rendering where the quote is not in English. */
  readonly translation?: string;
  readonly cite: readonly Citation[];
}

/** ISO 3166-1 alpha-2 of every country the data names: the April 2018 participants and the countries of earlier strikes. */
export const ALPHA2 = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'ES'] as const;
export type Alpha2 = (typeof ALPHA2)[number];

/** The strikes against Amaq, by yyyy-mm (also the URL hash value); `STRIKES` in story.ts has one of each, in this order. */
export const STRIKE_IDS = ['2015-12', '2016-08', '2017-06', '2018-04'] as const;
export type StrikeId = (typeof STRIKE_IDS)[number];

/** A place the reader can select or the tour can frame: a named country or the coordination hub. */
export type NamedKey = Alpha2 | 'hub';

/** A world-atlas feature the data does not name (e.g. '276', or 'i484' for its copy in the inset). Made only by `landKey()`. */
export type LandKey = string & { readonly __land: true };

/**
 * The one key vocabulary of the maps, the list, the URL and the messages:
 * alpha-2 for every country the data names (Spain included), 'hub', and
 * world-atlas ids only for unnamed land.
 */
export type MapKey = NamedKey | LandKey;

export interface Participant {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly alpha2: Alpha2;
  /** ISO 3166-1 numeric, zero-padded string, as world-atlas ids are. */
  readonly numeric: string;
  /** English short name, also the start of every accessible name. */
  readonly name: string;
  /** First role is the one the map colours by. */
  readonly roles: readonly Role[];
  /** The authority that acted, where a source names it; null when no source does. */
  readonly authority: Fact | null;
  /** What it did. */
  readonly actions: readonly Fact[];
  /** Where sources disagree, or something is unconfirmed. No research notes here: an unnamed authority is `authority: null`. */
  readonly caveats: readonly SourcedFact[];
}

export interface Body {
  readonly name: string;
  readonly what: Fact;
}

export interface Hub {
  readonly name: 'The Hague';
  readonly role: 'hub';
  /** [longitude, latitude] of the World Forum area, beside Europol and Eurojust. */
  readonly lngLat: readonly [number, number];
  readonly lngLatCite: readonly Citation[];
  /** What the marker stands on, in words (it is not either building). */
  readonly marks: string;
  readonly bodies: readonly Body[];
  readonly caveats: readonly Fact[];
}

export interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly spellings: readonly string[];
  readonly what: readonly Fact[];
}

export interface Strike {
  readonly id: StrikeId;
  /** 'alert': Europol's end-of-2015 warning to member states, which was not a strike. */
  readonly kind: 'alert' | 'strike';
  readonly label: string;
  readonly summary: Fact;
  readonly leadName: string | null;
  readonly details: readonly Fact[];
  /**
   * Countries coloured on the map for this strike, where a source names them.
   * Absent for the April 2018 operation, whose countries are the participants.
   */
  readonly countries?: readonly StrikeCountry[];
}

/** A country's role in an earlier strike (not an April 2018 participant role). */
export interface StrikeCountry {
  readonly alpha2: Alpha2;
  /** World-atlas numeric id, zero-padded: the map feature key. */
  readonly numeric: string;
  readonly name: string;
  readonly role: Role;
  readonly cite: readonly Citation[];
}

/** One step of the guided tour: what it says, what it sets, what it frames. */
export interface TourStep {
  readonly title: string;
  readonly text: readonly Fact[];
  /** Alpha-2 of a participant, 'hub', 'outlets', or null for the overview. */
  readonly select: Alpha2 | 'hub' | 'outlets' | null;
  /** The strike the map is coloured for. */
  readonly strike: StrikeId;
  /** Legend filter the step turns on, or null. */
  readonly filter: Role | null;
  /** The places whose bounds the camera frames. */
  readonly frame: readonly NamedKey[];
}

export interface Attack {
  readonly id: string;
  readonly place: string;
  readonly name: string;
  /** ISO date. */
  readonly date: string;
  readonly lngLat: readonly [number, number];
  /** What the (approximate) marker stands on: one site of several, or a town centre. */
  readonly marks: string;
  /** How it was claimed, and what we could not find. */
  readonly claims: readonly Fact[];
  readonly cite: readonly Citation[];
}

export interface Operation {
  /** Small line above the title. */
  readonly kicker: string;
  readonly title: string;
  readonly dek: string;
  readonly dates: Fact;
  readonly summary: readonly Fact[];
  readonly participants: readonly Participant[];
  readonly hub: Hub;
  readonly outlets: readonly Outlet[];
  readonly outletsNote: Fact;
  readonly quotes: readonly Quote[];
  readonly strikes: readonly Strike[];
  /** The guided tour, in order. */
  readonly tour: readonly TourStep[];
  readonly attacks: readonly Attack[];
  readonly attacksNote: readonly Fact[];
  readonly disagreements: readonly Fact[];
  readonly aftermath: readonly Fact[];
  /** Background a reader needs: who was about to leave office, what came later. */
  readonly context: readonly Fact[];
  readonly credit: string;
}

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
