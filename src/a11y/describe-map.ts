/**
 * The map's text alternatives, generated from the data so they can never
 * disagree with it: the long description of the map region, and the short
 * one for the static picture's accessible name and the PNG alt texts. Both
 * group the countries by role and join names with Intl.ListFormat.
 */
import { INSET_CODES } from '../geo/inset-codes.ts';
import { ROLES, type Operation, type Role } from '../data/types.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

/** "France, Romania and Bulgaria" (British English: no serial comma), or in the reader's language. */
export const listText = (xs: readonly string[], i18n: I18n = EN_I18N): string => i18n.list(xs);

/** Each country role with the names of the participants holding it, in role order; roles nobody holds are left out. */
export function participantsByRole(
  op: Pick<Operation, 'participants'>,
  locale = 'en-GB',
): [Exclude<Role, 'hub'>, string[]][] {
  return ROLES.filter((r): r is Exclude<Role, 'hub'> => r !== 'hub')
    .map((r): [Exclude<Role, 'hub'>, string[]] => [
      r,
      op.participants
        .filter((p) => p.roles.includes(r))
        .map((p) => p.name)
        .sort((a, b) => a.localeCompare(b, locale)),
    ])
    .filter(([, names]) => names.length > 0);
}

export function describeMap(op: Operation, i18n: I18n = EN_I18N): string {
  const groups = participantsByRole(op, i18n.locale).map(
    ([r, names]) => `${i18n.lower(i18n.role(r))}: ${listText(names, i18n)}`,
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
export function describeMapShort(op: Operation, i18n: I18n = EN_I18N): string {
  const byRole = participantsByRole(op, i18n.locale).map(
    ([r, names]) => `${i18n.role(r)}: ${listText(names, i18n)}.`,
  );
  return [i18n.t('describe.short', { n: op.participants.length, hub: op.hub.name }), ...byRole].join(' ');
}
