/**
 * Which countries the map colours for each strike. April 2018 (the default)
 * colours the eight participants by their roles; earlier strikes colour only
 * the countries a source names for them (June 2017: Spain led, the US
 * supported); August 2016 and the end of 2015 name none.
 */
import type { Operation, Role, Strike } from './types.ts';

export const DEFAULT_STRIKE = '2018-04';

export interface StrikeCountryRoles {
  readonly numeric: string;
  readonly alpha2: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

export const findStrike = (op: Pick<Operation, 'strikes'>, id: string): Strike | undefined => op.strikes.find((s) => s.id === id);

/** The countries coloured for a strike, each with its roles (first role colours the map). */
export function strikeCountries(op: Pick<Operation, 'strikes' | 'participants'>, id: string): StrikeCountryRoles[] {
  if (id === DEFAULT_STRIKE) return op.participants.map((p) => ({ numeric: p.numeric, alpha2: p.alpha2, name: p.name, roles: p.roles }));
  return (findStrike(op, id)?.countries ?? []).map((c) => ({ numeric: c.numeric, alpha2: c.alpha2, name: c.name, roles: [c.role] }));
}

/** Every map key a strike may colour: reset all of them when the strike changes. */
export function allStrikeKeys(op: Pick<Operation, 'strikes' | 'participants'>): string[] {
  const keys = new Set(op.participants.map((p) => p.numeric));
  for (const s of op.strikes) for (const c of s.countries ?? []) keys.add(c.numeric);
  return [...keys];
}
