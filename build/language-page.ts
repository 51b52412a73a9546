/**
 * One page of the built site as a function of (operation, language): the
 * template's text (%APP_*% from the operation, %T:key% from the catalogue),
 * `<html lang>`, the static picture, the noscript content, "About this map"
 * and the share tags, all in that language. English is the unprefixed page
 * (dist/index.html); every other language gets dist/<lang>/index.html, whose
 * relative asset links are rewritten one folder up, with its own pictures and
 * downloads beside it (dist/<lang>/share.png, dist/<lang>/data/…).
 */
import type { HtmlTagDescriptor } from 'vite';
import { describeMap } from '../src/a11y/describe-map.ts';
import { ABOUT, aboutOf } from '../src/data/about.ts';
import type { Operation } from '../src/data/types.ts';
import { escapeXml as esc } from '../src/dom/escape-xml.ts';
import { i18nFor } from '../src/i18n/all-locales.ts';
import type { I18n } from '../src/i18n/i18n.ts';
import { LANGS, type Lang } from '../src/i18n/langs.ts';
import { localizeAbout, localizeOperation } from '../src/i18n/localize.ts';
import { EN, type MessageKey } from '../src/i18n/messages/en.ts';
import type { StaticAssets } from './static-assets.ts';
import { aboutHtml, noscriptHtml, shareMetaTags } from './static-html.ts';

/** The empty map box in index.html, whatever other attributes it carries. */
const MAP_BOX = /<div id="op-map"([^>]*)><\/div>/;

/**
 * Where a page lives, relative to dist/: '' for English, 'fr/' … for the others. With one page per
 * operation (issue 16) this becomes `${langDir(lang)}${slug}/` for all but the default operation;
 * prefixedPage() works out how far up the shared assets are from the folder's depth.
 */
export const langDir = (lang: Lang): string => (lang === 'en' ? '' : `${lang}/`);

/** The languages that get a prefixed page. */
export const PREFIXED: readonly Lang[] = LANGS.filter((l) => l !== 'en');

/** The operation, "About this map" and the toolkit in one language. */
export function inLanguage(op: Operation, lang: Lang): { op: Operation; about: typeof ABOUT; i18n: I18n } {
  const i18n = i18nFor(lang);
  return {
    op: localizeOperation(op, i18n, i18n.content),
    about: localizeAbout(aboutOf(op), lang, i18n.content),
    i18n,
  };
}

const isKey = (k: string): k is MessageKey => k in EN;

/** The template's text placeholders in one language (no static picture: the dev server and the build both use this). */
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

export interface RenderedPage {
  readonly html: string;
  readonly tags: HtmlTagDescriptor[];
}

/** The whole page for (operation, language), given the template and that language's static assets. */
export function renderPage(
  template: string,
  o: { op: Operation; about: typeof ABOUT; i18n: I18n; assets: StaticAssets; siteUrl?: string | undefined },
): RenderedPage {
  if (!MAP_BOX.test(template)) throw new Error('static map: index.html has no empty #op-map box');
  const a = o.assets;
  const html = pageText(template, o.op, o.i18n)
    .replace('data-map-state="loading"', 'data-map-state="static"')
    .replace(MAP_BOX, (_, attrs: string) => `<div id="op-map"${attrs}>${a.wideSvg}${a.tallSvg}</div>`)
    .replace('<footer', `${noscriptHtml(o.op, a.alt, undefined, o.i18n)}\n      <footer`)
    .replace('</footer>', `${aboutHtml(o.about, o.i18n)}\n      </footer>`);
  return { html, tags: shareMetaTags(o.op, a.alt, o.siteUrl) };
}

/** Tags as markup, for pages Vite does not inject into. */
const tagHtml = (t: HtmlTagDescriptor): string =>
  `<${t.tag} ${Object.entries(t.attrs ?? {})
    .map(([k, v]) => `${k}="${esc(String(v))}"`)
    .join(' ')} />`;

/**
 * A page in a folder (dist/<lang>/index.html) from the rendered page: its
 * share tags written in, its canonical link (with PUBLIC_URL) and every
 * relative link to the built assets as many folders up as `dir` is deep. The pictures, downloads and the
 * loader it names relatively are emitted beside it.
 */
export function prefixedPage(page: RenderedPage, dir: string, siteUrl?: string): string {
  const up = '../'.repeat(dir.split('/').filter(Boolean).length);
  const canonical = siteUrl ? `\n    <link rel="canonical" href="${esc(new URL(dir, siteUrl).href)}" />` : '';
  return page.html
    .replace(/ (src|href)="\.\/(assets\/|favicon)/g, ` $1="${up}$2`)
    .replace('</head>', `    ${page.tags.map(tagHtml).join('\n    ')}${canonical}\n  </head>`);
}
