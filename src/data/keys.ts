/**
 * The key vocabulary (see MapKey in types.ts): which countries the data
 * names, by alpha-2, and the world-atlas ids they have in the geometry.
 */
import type { Alpha2, LandKey, MapKey, NamedKey, Operation } from './types.ts';

export interface NamedCountry {
  readonly alpha2: Alpha2;
  /** World-atlas numeric id, zero-padded. */
  readonly numeric: string;
  readonly name: string;
}

/** Every country the operation names: its participants, each once. */
export function namedCountries(op: Pick<Operation, 'participants'>): NamedCountry[] {
  const out = new Map<Alpha2, NamedCountry>();
  for (const p of op.participants) out.set(p.alpha2, { alpha2: p.alpha2, numeric: p.numeric, name: p.name });
  return [...out.values()];
}

/** The key of a world-atlas feature the data does not name. */
export const landKey = (id: string): LandKey => id as LandKey;

/** The keys a reader can select: every named country and the hub. */
export const namedKeys = (op: Pick<Operation, 'participants'>): NamedKey[] => [
  ...namedCountries(op).map((c) => c.alpha2),
  'hub',
];

export const isNamedKey = (
  key: MapKey | string | null | undefined,
  keys: readonly NamedKey[],
): key is NamedKey => (keys as readonly unknown[]).includes(key);
