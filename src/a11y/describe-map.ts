/**
 * The map's text alternatives, generated from the data so they can never
 * disagree with it: the long description of the map region, and the short
 * one for the static picture's accessible name and the PNG alt texts. Both
 * group the countries by role and join names with Intl.ListFormat.
 */
import { opRoles, roleLabel } from '../data/roles.ts';
import type { Operation, Role } from '../data/types.ts';
import { INSET_CODES, needsInset } from '../geo/inset-codes.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

/** "France, Romania and Bulgaria" (British English: no serial comma), or in the reader's language. */
export const listText = (xs: readonly string[], i18n: I18n = EN_I18N): string => i18n.list(xs);

/** Each country role with the names of the participants holding it, in role order; roles nobody holds are left out. */
export function participantsByRole(
  op: Pick<Operation, 'participants' | 'roles'>,
  locale = 'en-GB',
): [Exclude<Role, 'hub'>, string[]][] {
  return opRoles(op)
    .filter((r): r is Exclude<Role, 'hub'> => r !== 'hub')
    .map((r): [Exclude<Role, 'hub'>, string[]] => [
      r,
      op.participants
        .filter((p) => p.roles.includes(r))
        .map((p) => p.name)
        .sort((a, b) => a.localeCompare(b, locale)),
    ])
    .filter(([, names]) => names.length > 0);
}

/** "the United States", "the United Kingdom", "Canada": a country name inside a sentence. */
const inSentence = (name: string): string => (/^United /.test(name) ? `the ${name}` : name);

/** English, in the operation's own words (TODO(merge): catalogue keys for the no-outlets and no-participants variants). */
function describeMapEnglish(op: Operation): string {
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

export function describeMap(op: Operation, i18n: I18n = EN_I18N): string {
  if (i18n.lang === 'en') return describeMapEnglish(op);
  const groups = participantsByRole(op, i18n.locale).map(
    ([r, names]) => `${i18n.lower(roleLabel(op, r, i18n))}: ${listText(names, i18n)}`,
  );
  const inset = op.participants.filter((p) => INSET_CODES.has(p.alpha2)).map((p) => p.name);
  return i18n.t('describe.long', {
    dates: op.dates.text.split(';')[0] ?? '',
    n: op.participants.length,
    groups: groups.join('; '),
    hub: op.hub.name,
    inset: inset.length ? i18n.t('describe.inset', { names: listText(inset, i18n) }) : '',
  });
}

/** The map in few words: the static picture's accessible name and the PNG and share-image alt texts. */
function describeMapShortEnglish(op: Operation): string {
  const byRole = participantsByRole(op).map(([r, names]) => `${roleLabel(op, r)}: ${listText(names)}.`);
  return [
    `Map of the ${op.participants.length} countries in the operation, coloured by role, with spokes to the coordination hub in ${op.hub.name}.`,
    ...byRole,
  ].join(' ');
}

/** The map in few words: the static picture's accessible name and the PNG and share-image alt texts. */
export function describeMapShort(op: Operation, i18n: I18n = EN_I18N): string {
  if (i18n.lang === 'en') return describeMapShortEnglish(op);
  const byRole = participantsByRole(op, i18n.locale).map(
    ([r, names]) => `${roleLabel(op, r, i18n)}: ${listText(names, i18n)}.`,
  );
  return [i18n.t('describe.short', { n: op.participants.length, hub: op.hub.name }), ...byRole].join(' ');
}
