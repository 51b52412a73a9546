/**
 * Which countries each strike names. April 2018 (the default) names the
 * eight participants with their roles; earlier strikes name only the
 * countries a source gives for them (June 2017: Spain led, the US
 * supported); August 2016 and the end of 2015 name none.
 */
import { STRIKE_IDS, type Alpha2, type Operation, type Role, type Strike, type StrikeId } from './types.ts';

export const DEFAULT_STRIKE: StrikeId = '2018-04';

export interface StrikeCountryRoles {
  readonly alpha2: Alpha2;
  readonly name: string;
  /** First role is the one the map colours by. */
  readonly roles: readonly Role[];
}

export const isStrikeId = (id: unknown): id is StrikeId => (STRIKE_IDS as readonly unknown[]).includes(id);

export const findStrike = (op: Pick<Operation, 'strikes'>, id: StrikeId): Strike | undefined =>
  op.strikes.find((s) => s.id === id);

/** The countries a strike names, each with its roles in that strike. */
export function strikeCountries(
  op: Pick<Operation, 'strikes' | 'participants'>,
  id: StrikeId,
): StrikeCountryRoles[] {
  if (id === DEFAULT_STRIKE)
    return op.participants.map((p) => ({ alpha2: p.alpha2, name: p.name, roles: p.roles }));
  return (findStrike(op, id)?.countries ?? []).map((c) => ({
    alpha2: c.alpha2,
    name: c.name,
    roles: [c.role],
  }));
}
