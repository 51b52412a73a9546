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
export interface Fact {
  readonly text: string;
  readonly cite: readonly Citation[];
  /** Not confirmed by the sources: shown with a marker, never as plain fact. */
  readonly unconfirmed?: boolean;
}

/** A verbatim quotation; `text` must appear character for character in its source. */
export interface Quote {
  readonly text: string;
  readonly speaker: string;
  /** The speaker's title as the source gives it. */
  readonly title: string;
  /** English rendering where the quote is not in English. */
  readonly translation?: string;
  readonly cite: readonly Citation[];
}

export type Alpha2 = 'BE' | 'BG' | 'CA' | 'FR' | 'NL' | 'RO' | 'GB' | 'US';

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
  /** Where sources disagree or something is unconfirmed. */
  readonly caveats: readonly Fact[];
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
  /** yyyy-mm, also the URL hash value. */
  readonly id: string;
  readonly label: string;
  readonly summary: Fact;
  /** Alpha-2 of the leading country, or null when no source names one. */
  readonly lead: string | null;
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
  readonly alpha2: string;
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
  /** Strike id (yyyy-mm) the map is coloured for. */
  readonly strike: string;
  /** Legend filter the step turns on, or null. */
  readonly filter: Role | null;
  /** Map feature keys (world-atlas numeric ids, or 'hub') whose bounds the camera frames. */
  readonly frame: readonly string[];
}

export interface Attack {
  readonly id: string;
  readonly place: string;
  readonly name: string;
  /** ISO date. */
  readonly date: string;
  readonly lngLat: readonly [number, number];
  readonly claim: Fact;
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
  readonly attacks: readonly Attack[];
  readonly attacksNote: readonly Fact[];
  readonly disagreements: readonly Fact[];
  readonly aftermath: readonly Fact[];
  readonly credit: string;
}
