/**
 * Every language at once, for the build (per-language pages) and the tests; the app loads one at
 * a time (locale.ts, operation-content.ts). CONTENT is the shared content translations with every
 * operation's own (src/data/operations/<slug>/translations/<lang>.ts) merged in, so the build's
 * `localizeOperation(op, i18n, i18n.content)` finds any operation's texts.
 */
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

/** The shared content translations (src/i18n/content/<lang>.ts): the default operation, the alert, About. */
export const SHARED_CONTENT: Readonly<Record<Lang, ContentMap>> = {
  en: {},
  fr: FR_CONTENT,
  nl: NL_CONTENT,
  de: DE_CONTENT,
  ro: RO_CONTENT,
  bg: BG_CONTENT,
};

/**
 * The operations' translation files. vite.config.ts's own bundle does not compile
 * import.meta.glob; there it is none. Vite's module runner (the build's pages) and vitest compile it.
 */
function operationFiles(): Record<string, ContentMap> {
  try {
    return import.meta.glob<ContentMap>('../data/operations/[0-9]*/translations/*.ts', {
      eager: true,
      import: 'CONTENT',
    });
  } catch {
    return {};
  }
}

/** Each operation's own translations, by slug and language (from its folder's translations/). */
export const OPERATION_CONTENT: Readonly<Record<string, Partial<Record<Lang, ContentMap>>>> = (() => {
  const out: Record<string, Partial<Record<Lang, ContentMap>>> = {};
  for (const [path, content] of Object.entries(operationFiles())) {
    const [slug = '', , file = ''] = path.split('/').slice(-3);
    (out[slug] ??= {})[file.replace(/\.ts$/, '') as Lang] = content;
  }
  return out;
})();

const merged = (lang: Lang): ContentMap =>
  Object.assign({}, ...Object.values(OPERATION_CONTENT).map((c) => c[lang] ?? {}), SHARED_CONTENT[lang]);

export const CONTENT: Readonly<Record<Lang, ContentMap>> = {
  en: {},
  fr: merged('fr'),
  nl: merged('nl'),
  de: merged('de'),
  ro: merged('ro'),
  bg: merged('bg'),
};

export const i18nFor = (lang: Lang): I18n => createI18n(lang, MESSAGES[lang], CONTENT[lang]);
