/** Role labels and derived counts, for the legend and panels. */
import type { Participant, Role } from './types.ts';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  lead: 'Lead',
  evidence: 'Digital evidence seized',
  servers: 'Servers seized',
  registrars: 'Registrars identified',
  support: 'Support',
  hub: 'Coordination hub',
};

/** The role a participant is coloured by. */
export const primaryRole = (p: Pick<Participant, 'roles'>): Role => p.roles[0] ?? 'hub';

/** How many participants hold each role (a country with two roles counts in both). */
export function roleCounts(participants: readonly Pick<Participant, 'roles'>[]): Record<Role, number> {
  const counts: Record<Role, number> = {
    lead: 0,
    evidence: 0,
    servers: 0,
    registrars: 0,
    support: 0,
    hub: 0,
  };
  for (const p of participants) for (const r of p.roles) counts[r] += 1;
  return counts;
}
