/**
 * A page's text in one language: the operation, "About this map" and the
 * toolkit in that language (inLanguage), and the template's placeholders
 * filled from them (pageText: %APP_*% from the operation, %T:key% from the
 * catalogue, `<html lang>`). build/pages.ts renderPage builds every page of
 * (operation, language) from these.
 */
import { describeMap } from '../src/a11y/describe-map.ts';
import { ABOUT, aboutOf } from '../src/data/about.ts';
import type { Operation } from '../src/data/types.ts';
import { escapeXml as esc } from '../src/dom/escape-xml.ts';
import { i18nFor } from '../src/i18n/all-locales.ts';
import type { I18n } from '../src/i18n/i18n.ts';
import type { Lang } from '../src/i18n/langs.ts';
import { localizeAbout, localizeOperation } from '../src/i18n/localize.ts';
import { EN, type MessageKey } from '../src/i18n/messages/en.ts';

/** The operation, "About this map" and the toolkit in one language (English where a text has no translation). */
export function inLanguage(op: Operation, lang: Lang): { op: Operation; about: typeof ABOUT; i18n: I18n } {
  const i18n = i18nFor(lang);
  return {
    op: localizeOperation(op, i18n, i18n.content),
    about: localizeAbout(aboutOf(op), lang, i18n.content),
    i18n,
  };
}

const isKey = (k: string): k is MessageKey => k in EN;

/** The template's text placeholders in one language; an unknown placeholder fails the build. */
export function pageText(html: string, op: Operation, i18n: I18n): string {
  const out = html
    .replaceAll('%APP_KICKER%', esc(op.kicker))
    .replaceAll('%APP_TITLE%', esc(op.title))
    .replaceAll('%APP_DEK%', esc(op.dek))
    .replaceAll('%APP_CREDIT%', esc(op.credit))
    .replaceAll('%APP_MAP_DESC%', esc(describeMap(op, i18n)))
    .replace(/%T:([\w.]+)%/g, (m, k: string) => (isKey(k) ? esc(i18n.t(k)) : m))
    .replace(
      /<html lang="[^"]*"/,
      `<html lang="${i18n.lang}"${i18n.lang === 'en' ? '' : ` data-page-lang="${i18n.lang}"`}`,
    );
  const left = /%T:[\w.]+%|%APP_[A-Z_]+%/.exec(out);
  if (left) throw new Error(`page: unknown placeholder ${left[0]}`);
  return out;
}
