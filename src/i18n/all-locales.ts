/** Every language at once, for the build (per-language pages) and the tests; the app loads one at a time (locale.ts). */
import { createI18n, type I18n } from './i18n.ts';
import type { Lang } from './langs.ts';
import type { ContentMap } from './localize.ts';
import { EN, type Messages } from './messages/en.ts';
import { FR } from './messages/fr.ts';
import { NL } from './messages/nl.ts';
import { DE } from './messages/de.ts';
import { RO } from './messages/ro.ts';
import { BG } from './messages/bg.ts';
import { FR as FR_CONTENT } from './content/fr.ts';
import { NL as NL_CONTENT } from './content/nl.ts';
import { DE as DE_CONTENT } from './content/de.ts';
import { RO as RO_CONTENT } from './content/ro.ts';
import { BG as BG_CONTENT } from './content/bg.ts';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, fr: FR, nl: NL, de: DE, ro: RO, bg: BG };
export const CONTENT: Readonly<Record<Lang, ContentMap>> = {
  en: {},
  fr: FR_CONTENT,
  nl: NL_CONTENT,
  de: DE_CONTENT,
  ro: RO_CONTENT,
  bg: BG_CONTENT,
};

export const i18nFor = (lang: Lang): I18n => createI18n(lang, MESSAGES[lang], CONTENT[lang]);
