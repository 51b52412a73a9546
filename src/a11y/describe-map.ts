/** The map's text alternative, generated from the data so it can never disagree with it. */
import { ROLE_LABELS } from '../data/roles.ts';
import { ROLES, type Operation, type Role } from '../data/types.ts';

const list = (xs: readonly string[]) => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(xs);

/** Each country role with the names of the participants holding it, in role order; roles nobody holds are left out. */
export function participantsByRole(op: Operation): [Exclude<Role, 'hub'>, string[]][] {
  return ROLES.filter((r): r is Exclude<Role, 'hub'> => r !== 'hub')
    .map((r): [Exclude<Role, 'hub'>, string[]] => [r, op.participants.filter((p) => p.roles.includes(r)).map((p) => p.name).sort()])
    .filter(([, names]) => names.length > 0);
}

export function describeMap(op: Operation): string {
  const groups = participantsByRole(op).map(([r, names]) => `${ROLE_LABELS[r].toLowerCase()}: ${list(names)}`);
  return `Map of the ${op.dates.text.split(';')[0]} takedown of Isis propaganda outlets: ${op.participants.length} countries, ` +
    `coloured by role (${groups.join('; ')}), coordinated from ${op.hub.name}, with a line from ${op.hub.name} to each country. ` +
    'Canada and the United States are shown in an inset. The list of countries and the table give the same information.';
}

/** What the live region says after a selection change. */
export function describeSelection(op: Operation, key: string | null): string {
  if (key === null) return 'Showing the overview.';
  if (key === 'hub') return `Selected ${op.hub.name}: ${ROLE_LABELS.hub}.`;
  const p = op.participants.find((x) => x.alpha2 === key);
  return p ? `Selected ${p.name}: ${p.roles.map((r) => ROLE_LABELS[r]).join(', ')}.` : 'Showing the overview.';
}
