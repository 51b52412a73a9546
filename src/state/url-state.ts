/**
 * The URL hash contract: `#country=fr` (ISO alpha-2, any case; `uk` means GB),
 * `#hub`, later keys in the same `key=value&key=value` form. Anything unknown
 * or malformed yields the overview and a short notice; nothing throws.
 */
import type { Alpha2 } from '../data/types.ts';
import { OVERVIEW, type Selection } from './reducer.ts';

export interface ParsedHash {
  readonly selection: Selection;
  /** Set when the hash asked for something we could not show. */
  readonly notice: string | null;
}

const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };
const MAX_HASH = 200;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Parse `location.hash`; `codes` are the alpha-2 codes of the participants. */
export function parseHash(hash: string, codes: readonly string[]): ParsedHash {
  const raw = String(hash ?? '').replace(/^#/, '');
  if (raw === '') return { selection: OVERVIEW, notice: null };
  const bad = (): ParsedHash => ({ selection: OVERVIEW, notice: 'That link points to something this map doesn’t show, so here is the overview.' });
  if (raw.length > MAX_HASH) return bad();
  let selection: Selection = OVERVIEW;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq))?.trim().toLowerCase();
    const value = eq < 0 ? null : decode(part.slice(eq + 1))?.trim() ?? '';
    if (key === 'hub' && (value === null || value === '' || value === '1')) {
      selection = { kind: 'hub' };
    } else if (key === 'country' && value) {
      const up = value.toUpperCase();
      const code = ALIASES[up] ?? up;
      if (!codes.includes(code)) return bad();
      selection = { kind: 'country', code: code as Alpha2 };
    } else if (key !== 'strike' && key !== 'step') {
      return bad();
    }
  }
  return { selection, notice: null };
}

/** The hash for a selection: '#country=fr', '#hub' or '' for the overview. */
export function serializeHash(selection: Selection): string {
  if (selection.kind === 'country') return `#country=${selection.code.toLowerCase()}`;
  if (selection.kind === 'hub') return '#hub';
  return '';
}
