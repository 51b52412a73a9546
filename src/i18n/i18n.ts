/**
 * One language's toolkit for the views: its messages, role labels, country
 * names (Intl.DisplayNames), The Hague's local name, dates
 * (Intl.DateTimeFormat) and lists (Intl.ListFormat). Made once per language
 * and passed to the views; nothing here is global state.
 */
import type { Alpha2, Role } from '../data/types.ts';
import { formatMessage, type Vars } from './format.ts';
import { once } from './once.ts';
import { HAGUE } from './hague.ts';
import type { ContentMap } from './localize.ts';
import { INTL_LOCALE, type Lang } from './langs.ts';
import { EN, type MessageKey, type Messages } from './messages/en.ts';

export interface I18n {
  readonly lang: Lang;
  /** The BCP 47 locale Intl formats with ('en-GB' for English). */
  readonly locale: string;
  t(key: MessageKey, vars?: Vars): string;
  role(r: Role): string;
  /** A country's short name in this language. */
  country(alpha2: Alpha2): string;
  /** The Hague in this language. */
  readonly hague: string;
  /** A date (yyyy-mm-dd) written out: "25 April 2018", "25 avril 2018", "25. April 2018". */
  date(iso: string): string;
  /** "France, Romania and Bulgaria" in this language. */
  list(xs: readonly string[]): string;
  /** A role or phrase in running text: lower case, except in German, whose nouns keep their capital. */
  lower(s: string): string;
  /** A text of the content in this language, looked up by its English text (unchanged when there is none). */
  text(english: string): string;
  /** The content translations (English text → this language), empty for English. */
  readonly content: ContentMap;
}

const ROLE_KEY: Readonly<Record<Role, MessageKey>> = {
  lead: 'role.lead',
  evidence: 'role.evidence',
  servers: 'role.servers',
  registrars: 'role.registrars',
  support: 'role.support',
  referral: 'role.referral',
  arrest: 'role.arrest',
  hub: 'role.hub',
};

export function createI18n(lang: Lang, messages: Messages, content: ContentMap = {}): I18n {
  const locale = INTL_LOCALE[lang];
  // Intl's formatters are made on first use (each costs a few ms the first time, while the app starts).
  const names = once(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const day = once(
    () =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const t = (key: MessageKey, vars: Vars = {}) => formatMessage(messages[key], vars, locale);
  return {
    lang,
    locale,
    t,
    role: (r) => t(ROLE_KEY[r]),
    country: (a) => names().of(a) ?? a,
    hague: HAGUE[lang],
    date: (iso) => day().format(new Date(`${iso}T12:00:00Z`)),
    list: (xs) => list().format(xs),
    lower: (s) => (lang === 'de' ? s : s.toLocaleLowerCase(locale)),
    text: (english) => content[english] ?? english,
    content,
  };
}

/** The same language with more content translations (an operation's own, which win over the shared ones). */
export function withContent(i18n: I18n, more: ContentMap): I18n {
  if (Object.keys(more).length === 0) return i18n;
  const content: ContentMap = { ...i18n.content, ...more };
  return { ...i18n, content, text: (english) => content[english] ?? english };
}

/** English, the default every view falls back to. */
export const EN_I18N: I18n = createI18n('en', EN);
