/**
 * The URL hash contract: `#country=fr` (ISO alpha-2, any case; `uk` means GB),
 * `#hub`, `#outlets`, `#strike=2017-06` (combinable with a selection), and
 * `#step=N` (guided tour, 1-based). Anything unknown or malformed yields the
 * overview and a short notice; nothing throws.
 */
import { EN } from '../i18n/messages/en.ts';
import { namedKeys } from '../data/keys.ts';
import type { NamedKey, Operation, StrikeId } from '../data/types.ts';
import { normalizeCountry } from './normalize-country.ts';
import { OVERVIEW, selectionOf, type Selection } from './reducer.ts';

export interface ParsedHash {
  readonly selection: Selection;
  /** Set when the hash asked for something we could not show. */
  readonly notice: string | null;
  /** Present only when the hash names a strike. */
  readonly strike?: StrikeId;
  /** Present only when the hash names a tour step. */
  readonly step?: number;
}

/** The parts of state the hash carries besides the selection. */
export interface HashStory {
  readonly strike: StrikeId;
  readonly step: number | null;
}

/** What a hash may name: the selectable places, the strikes and the number of tour steps. */
export interface HashVocabulary {
  readonly keys: readonly NamedKey[];
  readonly strikes: readonly StrikeId[];
  readonly steps: number;
}

export const hashVocabulary = (op: Pick<Operation, 'participants' | 'strike' | 'tour'>): HashVocabulary => ({
  keys: namedKeys(op),
  strikes: [op.strike.id],
  steps: op.tour.length,
});

const MAX_HASH = 200;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Parse `location.hash` against what the operation names. */
export function parseHash(hash: string, vocab: HashVocabulary): ParsedHash {
  const raw = String(hash ?? '').replace(/^#/, '');
  const bad = (): ParsedHash => ({
    selection: OVERVIEW,
    notice: EN['notice.badLink'],
  });
  if (raw.length > MAX_HASH) return bad();
  let selection: Selection = OVERVIEW;
  let strike: StrikeId | undefined;
  let step: number | undefined;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq))
      ?.trim()
      .toLowerCase();
    // null: no value (`#hub`); undefined: a value that does not decode, which no key accepts.
    const value = eq < 0 ? null : decode(part.slice(eq + 1))?.trim();
    if (key === 'hub' && (value === null || value === '' || value === '1')) {
      selection = { kind: 'hub' };
    } else if (key === 'country') {
      const code = normalizeCountry(value, vocab.keys);
      if (code === null || code === 'hub') return bad();
      selection = selectionOf(code);
    } else if (key === 'outlets' && (value === null || value === '' || value === '1')) {
      selection = { kind: 'outlets' };
    } else if (key === 'strike' && vocab.strikes.some((id) => id === value)) {
      strike = vocab.strikes.find((id) => id === value);
    } else if (
      key === 'step' &&
      value &&
      /^\d{1,2}$/.test(value) &&
      Number(value) >= 1 &&
      Number(value) <= vocab.steps
    ) {
      step = Number(value);
    } else {
      return bad();
    }
  }
  return {
    selection,
    notice: null,
    ...(strike === undefined ? {} : { strike }),
    ...(step === undefined ? {} : { step }),
  };
}

const selectionPart = (selection: Selection): string | null =>
  selection.kind === 'country'
    ? `country=${selection.code.toLowerCase()}`
    : selection.kind === 'hub' || selection.kind === 'outlets'
      ? selection.kind
      : null;

/**
 * The hash for a selection: '#country=fr', '#hub', '#outlets' or '' for the
 * overview; with a story, '#step=N' in the tour. A page tells one operation,
 * so the hash never names a strike (old `#strike=` links are redirected to
 * the operation's page: app/strike-redirect.ts).
 */
export function serializeHash(selection: Selection, story?: HashStory): string {
  if (story?.step) return `#step=${story.step}`;
  const part = selectionPart(selection);
  return part ? `#${part}` : '';
}
