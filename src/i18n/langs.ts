/**
 * The languages the map speaks (DESIGN.md contract 6): `?lang=` on every
 * page and embed, a host `lang` command, else the reader's browser language
 * when it is one of these, else English.
 */
export const LANGS = ['en', 'fr', 'nl', 'de', 'ro', 'bg'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the embed dialog's choice. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  ro: 'Română',
  bg: 'Български',
};

/** The locale Intl formats with: British English, as the content is written. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  fr: 'fr',
  nl: 'nl',
  de: 'de',
  ro: 'ro',
  bg: 'bg',
};

export const isLang = (v: unknown): v is Lang =>
  typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** A language from a tag such as 'fr-BE' or 'de', or null when we do not speak it. */
export function langOf(tag: string | null | undefined): Lang | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}

/**
 * The language to show: the `lang` flag when valid, else the language of a
 * per-language page (dist/fr/ …), else the first of the reader's browser
 * languages we speak, else English.
 */
export function pickLang(flag: string | null, pageLang: string | null, browser: readonly string[]): Lang {
  if (isLang(flag)) return flag;
  const page = langOf(pageLang);
  if (page) return page;
  for (const b of browser) {
    const l = langOf(b);
    if (l) return l;
  }
  return DEFAULT_LANG;
}
