/**
 * A language's catalogue and content translations, loaded when needed: English
 * is in the entry script; every other language is its own lazily imported
 * chunk (src/i18n/locales/<lang>.ts), so a reader downloads only their own.
 */
import { createI18n, EN_I18N, type I18n } from './i18n.ts';
import type { Lang } from './langs.ts';
import type { ContentMap } from './localize.ts';
import type { Messages } from './messages/en.ts';

export interface LocaleModule {
  readonly messages: Messages;
  readonly content: ContentMap;
}

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LocaleModule>>> = {
  fr: () => import('./locales/fr.ts'),
  nl: () => import('./locales/nl.ts'),
  de: () => import('./locales/de.ts'),
  ro: () => import('./locales/ro.ts'),
  bg: () => import('./locales/bg.ts'),
};

export async function loadI18n(lang: Lang): Promise<I18n> {
  if (lang === 'en') return EN_I18N;
  const m = await LOADERS[lang]();
  return createI18n(lang, m.messages, m.content);
}
