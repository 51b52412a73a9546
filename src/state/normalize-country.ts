/**
 * The one reading of a country as people and host pages write it — in the
 * URL hash, the `country=` query flag and host messages: ISO alpha-2 in any
 * case, `uk` for GB, or `hub`, with nothing around it. Anything else, or a country the data does not
 * name, is null. Never throws.
 */
import type { NamedKey } from '../data/types.ts';

const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

export function normalizeCountry(raw: unknown, keys: readonly NamedKey[]): NamedKey | null {
  if (typeof raw !== 'string') return null;
  if (/^hub$/i.test(raw)) return keys.includes('hub') ? 'hub' : null;
  // Upper-cased, a code is one of the keys exactly (they are alpha-2 codes, and 'hub' above), or nothing.
  const up = raw.toUpperCase();
  const code = ALIASES[up] ?? up;
  return keys.find((k) => k === code) ?? null;
}
