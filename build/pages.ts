/**
 * One page per operation and language, from ONE function: `renderPage(template,
 * op, lang)` turns the built index.html (its %APP_…% placeholders still in)
 * into that operation's page with its own text, static twin, noscript
 * content, share tags, its views prerendered (build/prerender-views.ts: key,
 * tour, list, panel, legend), its own list of what follows the picture
 * (#op-later: its map data and chunk, build/preload-plugin.ts), and the
 * files beside it (PNGs, data downloads, and the embed loader: the embed
 * codes name `embed.js` in the page's own folder, src/embed/embed-codes.ts).
 * English pages are unprefixed (dist/index.html for the default operation,
 * dist/<slug>/index.html for the others); other languages will be
 * dist/<lang>/ and dist/<lang>/<slug>/ (pageDir).
 *
 * Loaded by the build plugins through Vite's module runner (the registry
 * finds the operation folders with import.meta.glob).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ABOUT } from '../src/data/about.ts';
import { EN_I18N, type I18n } from '../src/i18n/i18n.ts';
import { dataReadme } from '../src/data/export/data-readme.ts';
import { toCsv } from '../src/data/export/to-csv.ts';
import { toGeoJson } from '../src/data/export/to-geojson.ts';
import { toJson } from '../src/data/export/to-json.ts';
import { CAMPAIGN, DEFAULT_SLUG, OPERATIONS } from '../src/data/registry.ts';
import { OPERATION_CONTENT, SHARED_CONTENT } from '../src/i18n/all-locales.ts';
import { campaignTimeline, type CampaignTimeline } from '../src/story/campaign-timeline.ts';
import type { Operation } from '../src/data/types.ts';
import { LANGS, type Lang } from '../src/i18n/langs.ts';
import { inLanguage, pageText } from './page-text.ts';
import { buildMapData } from '../src/geo/build-map-data.ts';
import { escapeXml } from '../src/dom/escape-xml.ts';
import { breakpointCss } from './breakpoint-plugin.ts';
import { buildStaticAssets } from './static-assets.ts';
import { aboutHtml, noscriptHtml, shareMeta, SHARE_PNG, WIDE_PNG } from './static-html.ts';
import { loadWorldAtlas } from './world-atlas.ts';
import { laterForPage } from './preload-plugin.ts';
import { prerenderViews, withPrerenderedViews } from './prerender-views.ts';

export { DEFAULT_SLUG, OPERATIONS };

/** Languages with pages (src/i18n/langs.ts): English unprefixed, the others under dist/<lang>/. */
export { LANGS, type Lang };

/** The folder of a page under dist/, '' for the root: English unprefixed, the default operation at its language's root. */
export function pageDir(op: Pick<Operation, 'slug'>, lang: Lang = 'en'): string {
  const slug = op.slug === DEFAULT_SLUG ? '' : `${op.slug}/`;
  return lang === 'en' ? slug : `${lang}/${slug}`;
}

/**
 * The page a URL path names (the dev server's routing): an optional language folder, then an optional
 * operation's slug; anything else is the default operation in English.
 */
export function pageAt(path: string): { op: Operation; lang: Lang } {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const lang = LANGS.find((l) => l !== 'en' && l === parts[0]) ?? 'en';
  const slug = lang === 'en' ? parts[0] : parts[1];
  const op = OPERATIONS.find((o) => o.slug === slug) ?? OPERATIONS.find((o) => o.slug === DEFAULT_SLUG)!;
  return { op, lang };
}

/** '../' once per folder level: how a page reaches the site root. */
const toRoot = (dir: string): string => '../'.repeat(dir.split('/').filter(Boolean).length);

/** The empty map box in index.html, whatever other attributes it carries. */
const MAP_BOX = /<div id="op-map"([^>]*)><\/div>/;

export interface Page {
  /** Path under dist/ of the HTML file. */
  readonly file: string;
  readonly html: string;
  /** Files beside the page, by path under dist/. */
  readonly assets: Readonly<Record<string, string | Uint8Array>>;
}

/** The page of one operation in one language. */
export function renderPage(template: string, op: Operation, lang: Lang = 'en', siteUrl?: string): Page {
  const dir = pageDir(op, lang);
  const up = toRoot(dir);
  if (!MAP_BOX.test(template)) throw new Error('pages: index.html has no empty #op-map box');
  // The operation, About and the toolkit in the page's language (content translations where the
  // operation has them, English otherwise: build/page-text.ts inLanguage).
  const { op: lop, about, i18n } = inLanguage(op, lang);
  const a = buildStaticAssets(lop, undefined, i18n);
  const pageUrl = urlOf(dir, siteUrl);
  const rendered = pageText(template, lop, i18n)
    // Shared files (scripts, styles, icons, the geometry) live at the root.
    .replace(/(href|src)="\.\/(?!data\/)/g, (_, attr: string) => `${attr}="${up || './'}`)
    .replace(/<html([^>]*)>/, (_, attrs: string) => `<html${attrs} data-operation="${escapeXml(op.slug)}">`)
    .replace('data-map-state="loading"', 'data-map-state="static"')
    .replace(MAP_BOX, (_, attrs: string) => `<div id="op-map"${attrs}>${a.wideSvg}${a.tallSvg}</div>`)
    .replace('<footer', `${noscriptHtml(lop, a.alt, a.wideSize, i18n)}\n      <footer`)
    .replace('</footer>', `${aboutHtml(about, i18n)}\n      </footer>`)
    .replace(
      /<link rel="canonical" href="[^"]*" \/>/,
      pageUrl ? `<link rel="canonical" href="${escapeXml(pageUrl)}" />` : '',
    )
    .replace('</head>', `  ${shareMeta(lop, a.alt, pageUrl)}\n  </head>`);
  // After the shared files' paths are made relative: the views' own links are the page's.
  const html = laterForPage(withPrerenderedViews(rendered, prerenderViews(lop, i18n)), op.slug, up);
  return { file: `${dir}index.html`, html, assets: assetsOf(lop, dir, a, pageUrl, about, i18n) };
}

/** The files beside a page (the dev server serves them without rendering the page). */
export function pageAssets(op: Operation, lang: Lang = 'en', siteUrl?: string): Page['assets'] {
  const dir = pageDir(op, lang);
  const { op: lop, about, i18n } = inLanguage(op, lang);
  return assetsOf(lop, dir, buildStaticAssets(lop, undefined, i18n), urlOf(dir, siteUrl), about, i18n);
}

const urlOf = (dir: string, siteUrl?: string): string | undefined =>
  siteUrl ? new URL(dir, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : undefined;

/** The host loader (public/embed.js, copied to dist/ by Vite): every page folder gets a copy beside it. */
export const EMBED_LOADER = 'embed.js';
const loaderSource = (): string =>
  readFileSync(resolve(import.meta.dirname, '../public', EMBED_LOADER), 'utf8');

function assetsOf(
  op: Operation,
  dir: string,
  a: ReturnType<typeof buildStaticAssets>,
  pageUrl: string | undefined,
  about: typeof ABOUT = ABOUT,
  i18n: I18n = EN_I18N,
): Page['assets'] {
  const topology = loadWorldAtlas();
  return {
    [`${dir}${WIDE_PNG}`]: a.widePng(),
    [`${dir}${SHARE_PNG}`]: a.sharePng(),
    [`${dir}data/participants.csv`]: toCsv(op),
    [`${dir}data/takedown.geojson`]: JSON.stringify(toGeoJson(op, topology)) + '\n',
    [`${dir}data/operation.json`]: toJson(op, op.tour),
    [`${dir}data/README.txt`]: dataReadme(pageUrl, about, i18n, op),
    // The embed codes copied from this page name the loader beside it (the root's is public/embed.js itself).
    ...(dir ? { [`${dir}${EMBED_LOADER}`]: loaderSource() } : {}),
  };
}

/**
 * The campaign timeline of every page (build/campaign-plugin.ts): every operation's entry, its label in every
 * language and the axis, computed here, where every operation and its translations are compiled.
 */
export const allCampaignTimeline = (): CampaignTimeline =>
  campaignTimeline(CAMPAIGN, SHARED_CONTENT, OPERATION_CONTENT);

/** Every page: operations × languages. */
export const allPages = (template: string, siteUrl?: string): Page[] =>
  LANGS.flatMap((lang) => OPERATIONS.map((op) => renderPage(template, op, lang, siteUrl)));

/** dist/operations.json: every operation as { slug, title, dates, path } (path relative to the site root). */
export function operationsJson(): string {
  return (
    JSON.stringify(
      OPERATIONS.map((op) => ({
        slug: op.slug,
        title: op.title,
        dates: { start: op.start, end: op.end, text: op.dates.text },
        path: pageDir(op) || './',
      })),
      null,
      2,
    ) + '\n'
  );
}

/** Each operation's map box proportions, scoped by <html data-operation> (the box fits the data, not the screen). */
export function mapBoxCssAll(): string {
  const topology = loadWorldAtlas();
  return OPERATIONS.map((op) => {
    const wide = buildMapData(topology, op, 'wide').placement.size;
    const tall = buildMapData(topology, op, 'tall').placement.size;
    const sel = `html[data-operation="${op.slug}"] .op-map`;
    const rule = `${sel}{aspect-ratio:${wide.width}/${wide.height}}@media ${breakpointCss('(--narrow)')}{${sel}{aspect-ratio:${tall.width}/${tall.height}}}`;
    // The default operation's box also applies before the attribute is read (the dev server's page).
    return op.slug === DEFAULT_SLUG ? rule.replaceAll(sel, `.op-map`) + rule : rule;
  }).join('\n');
}
