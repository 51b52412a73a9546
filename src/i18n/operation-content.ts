/**
 * An operation's own content translations, kept in its folder
 * (src/data/operations/<slug>/translations/<lang>.ts, exporting CONTENT:
 * English text → translation, like src/i18n/content/<lang>.ts). Each file is
 * a chunk of its own, loaded only for the reader's language and operation;
 * an operation or language without one falls back to English.
 */
import type { Lang } from './langs.ts';
import type { ContentMap } from './localize.ts';

const LOADERS = import.meta.glob<ContentMap>('../data/operations/[0-9]*/translations/*.ts', {
  import: 'CONTENT',
});

/** The path of an operation's translation into a language, as the glob names it. */
export const translationPath = (slug: string, lang: Lang): string =>
  `../data/operations/${slug}/translations/${lang}.ts`;

/** An operation's own translations into a language ({} for English or when it has none). */
export async function loadOperationContent(slug: string, lang: Lang): Promise<ContentMap> {
  if (lang === 'en') return {};
  const load = LOADERS[translationPath(slug, lang)];
  return load ? load() : {};
}
