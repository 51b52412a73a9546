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

/** English names a country inside a sentence with its article: "the United States", "the United Kingdom", "Canada". */
const inSentence = (name: string, i18n: I18n): string =>
  i18n.lang === 'en' && /^United /.test(name) ? `the ${name}` : name;

/** Languages whose month names keep their capital inside a sentence ("June 2017", "Juni 2017"). */
const CAPITAL_MONTHS: ReadonlySet<string> = new Set(['en', 'de']);

/**
 * The operation's dates as a short phrase inside a sentence: its short label (the campaign
 * timeline's, "June 2017", "25–26 April 2018", in the reader's language), never the long
 * dates text with its caveats ("June 2017, as Europol dates it; …"). A label written to stand
 * alone starts with a capital ("Août 2016"); running text in French, Dutch, Romanian and
 * Bulgarian writes the month in lower case ("août 2016").
 */
export function datePhrase(op: Pick<Operation, 'strike'>, i18n: I18n = EN_I18N): string {
  const label = op.strike.label.trim();
  return CAPITAL_MONTHS.has(i18n.lang)
    ? label
    : label.charAt(0).toLocaleLowerCase(i18n.locale) + label.slice(1);
}

/**
 * The long description, in the reader's language (the catalogue's describe.* keys): what the
 * operation targeted (outlets, or propaganda online), the countries by role, the hub, and the
 * inset when there is one; an operation whose sources name no country says so.
 */
export function describeMap(op: Operation, i18n: I18n = EN_I18N): string {
  const subject = i18n.t(op.outlets.length ? 'describe.outlets' : 'describe.online');
  const dates = datePhrase(op, i18n);
  if (op.participants.length === 0) return i18n.t('describe.none', { dates, subject, hub: op.hub.name });
  const groups = participantsByRole(op, i18n.locale).map(([r, names]) =>
    i18n.t('describe.group', { role: i18n.lower(roleLabel(op, r, i18n)), names: listText(names, i18n) }),
  );
  const inset = op.participants.filter((p) => INSET_CODES.has(p.alpha2)).map((p) => inSentence(p.name, i18n));
  return i18n.t('describe.long', {
    dates,
    subject,
    n: op.participants.length,
    groups: groups.join(i18n.t('describe.groupSep')),
    hub: op.hub.name,
    inset: needsInset(op.participants.map((p) => p.alpha2))
      ? i18n.t('describe.inset', { names: listText(inset, i18n) })
      : '',
  });
}

/** The map in few words: the static picture's accessible name and the PNG and share-image alt texts. */
export function describeMapShort(op: Operation, i18n: I18n = EN_I18N): string {
  if (op.participants.length === 0) return i18n.t('describe.shortNone', { hub: op.hub.name });
  const byRole = participantsByRole(op, i18n.locale).map(
    ([r, names]) =>
      `${i18n.t('describe.group', { role: roleLabel(op, r, i18n), names: listText(names, i18n) })}.`,
  );
  return [i18n.t('describe.short', { n: op.participants.length, hub: op.hub.name }), ...byRole].join(' ');
}
