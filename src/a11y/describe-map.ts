/**
 * The map's text alternatives, generated from the data so they can never
 * disagree with it: the long description of the map region, and the short
 * one for the static picture's accessible name and the PNG alt texts. Both
 * group the countries by role and join names with Intl.ListFormat.
 */
import { opRoles, roleLabel } from '../data/roles.ts';
import type { Operation, Role } from '../data/types.ts';
import { INSET_CODES, needsInset } from '../geo/inset-codes.ts';

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "France, Romania and Bulgaria" (British English: no serial comma). */
export const listText = (xs: readonly string[]): string => LIST.format(xs);

/** Each country role with the names of the participants holding it, in role order; roles nobody holds are left out. */
export function participantsByRole(
  op: Pick<Operation, 'participants' | 'roles'>,
): [Exclude<Role, 'hub'>, string[]][] {
  return opRoles(op)
    .filter((r): r is Exclude<Role, 'hub'> => r !== 'hub')
    .map((r): [Exclude<Role, 'hub'>, string[]] => [
      r,
      op.participants
        .filter((p) => p.roles.includes(r))
        .map((p) => p.name)
        .sort(),
    ])
    .filter(([, names]) => names.length > 0);
}

/** "the United States", "the United Kingdom", "Canada": a country name inside a sentence. */
const inSentence = (name: string): string => (/^United /.test(name) ? `the ${name}` : name);

export function describeMap(op: Operation): string {
  const subject = op.outlets.length
    ? 'takedown of Isis propaganda outlets'
    : 'action against Isis propaganda online';
  const when = op.dates.text.split(';')[0];
  if (op.participants.length === 0)
    return (
      `Map of the ${when} ${subject}: the sources name no country, so none is coloured; ${op.hub.name} is marked. ` +
      'The list and the table give the same information.'
    );
  const groups = participantsByRole(op).map(
    ([r, names]) => `${roleLabel(op, r).toLowerCase()}: ${listText(names)}`,
  );
  const inset = op.participants.filter((p) => INSET_CODES.has(p.alpha2)).map((p) => inSentence(p.name));
  const insetText = needsInset(op.participants.map((p) => p.alpha2))
    ? `${listText(inset)} ${inset.length === 1 ? 'is' : 'are'} shown in an inset. `
    : '';
  return (
    `Map of the ${when} ${subject}: ${op.participants.length} countries, ` +
    `coloured by role (${groups.join('; ')}), coordinated from ${op.hub.name}, with a line from ${op.hub.name} to each country. ` +
    `${insetText}The list of countries and the table give the same information.`
  );
}

/** The map in few words: the static picture's accessible name and the PNG and share-image alt texts. */
export function describeMapShort(op: Operation): string {
  const byRole = participantsByRole(op).map(([r, names]) => `${roleLabel(op, r)}: ${listText(names)}.`);
  return [
    `Map of the ${op.participants.length} countries in the operation, coloured by role, with spokes to the coordination hub in ${op.hub.name}.`,
    ...byRole,
  ].join(' ');
}
