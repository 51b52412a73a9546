/** The named place a picked map feature stands for (its `key` property, in the one key vocabulary). */
import type { NamedKey } from '../data/types.ts';

interface Picked {
  readonly properties: Record<string, unknown> | null;
}

/** The alpha-2 code or 'hub' of a picked feature; null for unnamed land or nothing. */
export function keyOfFeature(f: Picked | undefined, keys: readonly NamedKey[]): NamedKey | null {
  const key = f?.properties?.key;
  return keys.find((k) => k === key) ?? null;
}
