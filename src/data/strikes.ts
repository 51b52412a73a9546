/**
 * The campaign entry a page tells is its own operation's: `op.strike`. Old
 * `#strike=` links to another entry go to that operation's page
 * (app/strike-redirect.ts); the countries a page colours are its participants.
 */
import type { Alpha2, Operation, Role, StrikeId } from './types.ts';
import { STRIKE_ID } from './vocabulary.ts';

export interface StrikeCountryRoles {
  readonly alpha2: Alpha2;
  readonly name: string;
  /** First role is the one the map colours by. */
  readonly roles: readonly Role[];
}

export const isStrikeId = (id: unknown): id is StrikeId => typeof id === 'string' && STRIKE_ID.test(id);

/** The countries the operation names, each with its roles. */
export function strikeCountries(op: Pick<Operation, 'participants'>): StrikeCountryRoles[] {
  return op.participants.map((p) => ({ alpha2: p.alpha2, name: p.name, roles: p.roles }));
}
