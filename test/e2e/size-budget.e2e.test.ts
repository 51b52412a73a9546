/**
 * Size budget (issue 7): gzip bytes of what the page needs before its first
 * picture, and of everything in dist/. Runs after `vite build`; under CI a
 * missing dist/ fails (elsewhere the suite is skipped with a warning).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OutputAsset, OutputChunk } from 'rolldown';
import { build } from 'vite';
import { describe, expect, test } from 'vitest';
import type { LaterFiles } from '../../src/dom/hint-later.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** index.html plus the CSS and JS it references: what the first picture waits for. */
// 78 KB before issue 15 (HTML 31 + CSS 7 + entry script 40 KB gzip). Issue 15 runs the app after the picture
// (main.ts → start-app.ts, fetched meanwhile at low priority): HTML + CSS + a 2 KB entry, 39 KB in all.
export const BUDGET_FIRST_PICTURE = 42 * 1024;
/**
 * The app's start chunk (assets/start-app-*.js) and the chunks it imports statically (i18n, the shared reducer),
 * the entry left out: parsed and run right after the first picture. 45.6 KB gzip (start-app 41.5 + i18n 4.1)
 * before issue 15's start work (H3); 31 KB once the map's layer code and all of d3-scale (pulled in through
 * the attacks list's date) and the embed dialog (its own chunk, loaded on first use) left it.
 */
export const BUDGET_START_CHUNK = 33 * 1024;
/** Everything the build ships, share images and data downloads included (the page itself loads less). */
/**
 * Each further operation's own files: its page folder (dist/<slug>/: its HTML with the inline pictures, two PNGs, the
 * downloads; issue 16, 450 KB) and, since merging issue 15, its map data and chunk in assets/ (up to 85 KB gzip).
 */
export const BUDGET_OPERATION_PAGE = 520 * 1024;
/**
 * + the fine European outlines, which issue 13 allows up to 60 KB gzip (25.6 KB); + 80 KB for the five
 * language chunks (issue 17: catalogue and content, 13–16 KB gzip each; a reader loads one). The language
 * folders (dist/<lang>/) have their own budget below.
 */
export const BUDGET_DIST = (960 + 60 + 80) * 1024;
/**
 * Each page folder of a language other than English (issue 17 × issue 16): dist/<lang>/ (the default operation, its
 * operations' folders left out) and dist/<lang>/<slug>/, each with its page, its two PNGs (labels in its language),
 * the downloads and the loader. The further operations' map data and chunks are shared by every language and counted
 * with the English pages above.
 */
export const BUDGET_LANG_PAGE = 460 * 1024;
const LANG_DIRS = ['fr', 'nl', 'de', 'ro', 'bg'];

const ALREADY_COMPRESSED = new Set(['.png', '.woff2', '.jpg', '.webp']);
const gz = (file: string) => {
  const buf = readFileSync(file);
  return ALREADY_COMPRESSED.has(extname(file)) ? buf.length : gzipSync(buf, { level: 9 }).length;
};
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
  );

/**
 * Files index.html makes the browser fetch and run before the first picture: stylesheets, the entry module and its
 * preloads. Low-priority hints (`fetchpriority="low"` module preloads, prefetches) are fetched while the picture is
 * shown and run after it (build/preload-plugin.ts): the picture does not wait for them.
 */
export function criticalFiles(html: string, dir: string = DIST): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const refs = tags
    .filter((t) => attr(t, 'fetchpriority') !== 'low')
    .map((t) =>
      t.startsWith('<script')
        ? attr(t, 'src')
        : /^(stylesheet|modulepreload)$/.test(attr(t, 'rel') ?? '')
          ? attr(t, 'href')
          : undefined,
    )
    .filter((r): r is string => !!r);
  return [...new Set(refs)].filter((r) => !/^https?:/.test(r)).map((r) => join(dir, r.replace(/^\.?\//, '')));
}

const HAS_DIST = existsSync(join(DIST, 'index.html'));
if (!HAS_DIST && !process.env.CI)
  console.warn('\n!!! size budget SKIPPED: no dist/. Run `npx vite build` first.\n');

describe.skipIf(!HAS_DIST && !process.env.CI)('size budget of dist/', () => {
  const html = HAS_DIST ? readFileSync(join(DIST, 'index.html'), 'utf8') : '';
  const operations = () =>
    JSON.parse(readFileSync(join(DIST, 'operations.json'), 'utf8')) as { slug: string; path: string }[];
  /** Every page's folder under dist/: each operation's path, at the root (English) and in each language's folder. */
  const allPageDirs = (): string[] =>
    ['', ...LANG_DIRS.map((l) => `${l}/`)].flatMap((l) =>
      operations().map((o) => (o.path === './' ? l || './' : `${l}${o.path}`)),
    );

  test('dist/ has been built', () => {
    expect(HAS_DIST, `${DIST}/index.html is missing: run \`npx vite build\` before the E2E tests`).toBe(true);
  });

  test('index.html references its entry script and stylesheet', () => {
    const files = criticalFiles(html);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    for (const f of files) expect(existsSync(f), f).toBe(true);
  });

  test(`what loads before the first picture stays under ${BUDGET_FIRST_PICTURE / 1024} KB gzip`, () => {
    const files = [join(DIST, 'index.html'), ...criticalFiles(html)];
    const total = files.reduce((s, f) => s + gz(f), 0);
    console.info(`first picture: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET_FIRST_PICTURE);
  });

  test(`every page (operation × language): what loads before its first picture stays under ${BUDGET_FIRST_PICTURE / 1024} KB gzip`, () => {
    const pages = allPageDirs();
    expect(pages.length).toBe(operations().length * (1 + LANG_DIRS.length));
    for (const path of pages) {
      const dir = join(DIST, path);
      const page = readFileSync(join(dir, 'index.html'), 'utf8');
      const files = [join(dir, 'index.html'), ...criticalFiles(page, dir)];
      for (const f of files) expect(existsSync(f), f).toBe(true);
      const total = files.reduce((s, f) => s + gz(f), 0);
      console.info(`first picture of ${path}: ${(total / 1024).toFixed(1)} KB gzip`);
      expect(total, path).toBeLessThanOrEqual(BUDGET_FIRST_PICTURE);
    }
  });

  test('MapLibre is not on the critical path: no module of maplibre-gl in what index.html loads or imports', async () => {
    // The same build in memory says which output holds which modules (by module id, not by MapLibre's text).
    const out = await build({ logLevel: 'silent', build: { write: false } });
    const files = (Array.isArray(out) ? out : [out]).flatMap<OutputChunk | OutputAsset>((o) =>
      'output' in o ? o.output : [],
    );
    const chunks = files.filter((f): f is OutputChunk => f.type === 'chunk');
    const fromMapLibre = new Set([
      ...chunks
        .filter((c) => c.moduleIds.some((id) => id.includes('/node_modules/maplibre-gl/')))
        .map((c) => c.fileName),
      ...files
        .filter((f) => f.type === 'asset' && f.originalFileNames.some((n) => n.includes('maplibre-gl')))
        .map((f) => f.fileName),
    ]);
    expect(
      [...fromMapLibre].some((f) => f.endsWith('.js')),
      'the build has a chunk with MapLibre in it',
    ).toBe(true);
    expect(
      [...fromMapLibre].some((f) => f.endsWith('.mjs')),
      "the build has MapLibre's worker",
    ).toBe(true);
    const critical = criticalFiles(html).map((f) => relative(DIST, f));
    expect(
      critical.some((f) => f.endsWith('.js')),
      'index.html loads a script',
    ).toBe(true);
    const names = files.map((f) => f.fileName);
    for (const f of critical.filter((c) => /\.m?js$/.test(c)))
      expect(names, `${f}: is dist/ stale? run vite build`).toContain(f);
    // Everything the critical scripts import statically loads before the first picture too.
    const loaded = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const i of chunks.find((c) => c.fileName === name)?.imports ?? []) visit(i);
    };
    critical.forEach(visit);
    expect([...loaded].filter((f) => fromMapLibre.has(f))).toEqual([]);
  });

  /** The operations with pages of their own (dist/operations.json), apart from the default page at the root. */
  const furtherOps = (): { slug: string; dir: string }[] =>
    (JSON.parse(readFileSync(join(DIST, 'operations.json'), 'utf8')) as { slug: string; path: string }[])
      .filter((o) => o.path !== './')
      .map((o) => ({ slug: o.slug, dir: join(DIST, o.path) }));
  /** An operation's own files: its page folder, its map data and its chunk (assets/<slug>-*.js). */
  const ownFiles = (all: string[], o: { slug: string; dir: string }): string[] =>
    all.filter(
      (f) =>
        f.startsWith(o.dir) ||
        f.startsWith(join(DIST, 'assets', `map-data-${o.slug}-`)) ||
        new RegExp(`^${o.slug}-[^/]*\\.js$`).test(relative(join(DIST, 'assets'), f)),
    );
  const sizeOf = (files: string[]) =>
    files.filter((f) => !/\.(br|gz)$/.test(f)).reduce((s, f) => s + gz(f), 0);

  test('index.html lists what follows the picture (app and MapLibre chunks, worker, map data) for the hints', () => {
    const block = /<script type="application\/json" id="op-later">([^<]*)<\/script>/.exec(html)?.[1];
    expect(block, 'index.html has the #op-later list (build/preload-plugin.ts)').toBeDefined();
    const later = JSON.parse(block!) as LaterFiles;
    expect(later.app.scripts.some((f) => /start-app-[^/]*\.js$/.test(f))).toBe(true);
    expect(later.map.scripts.some((f) => /mount-map-[^/]*\.js$/.test(f))).toBe(true);
    expect(later.worker).toMatch(/maplibre-gl-worker-[^/]*\.mjs$/);
    // The default operation's own map data (one file per operation: build/map-data-plugin.ts).
    expect(later.data).toMatch(/map-data-2018-04-takedown-[0-9a-f]{8}\.json$/);
    expect(JSON.parse(block!)).not.toHaveProperty('byOperation');
    for (const f of [
      ...later.app.scripts,
      ...later.map.scripts,
      ...later.map.styles,
      later.worker,
      later.data,
    ])
      expect(existsSync(join(DIST, f)), f).toBe(true);
    // None of it is what the picture waits for.
    const critical = criticalFiles(html).map((f) => relative(DIST, f));
    for (const f of [...later.app.scripts, ...later.map.scripts]) expect(critical).not.toContain(f.slice(2));
  });

  test(`the app's start chunk with what it imports stays under ${BUDGET_START_CHUNK / 1024} KB gzip, without d3, the map's code or the embed dialog`, () => {
    const assets = readdirSync(join(DIST, 'assets'));
    const start = assets.filter((f) => /^start-app-[^/]*\.js$/.test(f));
    expect(start).toHaveLength(1);
    // The start chunk and the chunks it imports statically (run before it), less the entry (counted above).
    const entry = new Set(criticalFiles(html).map((f) => relative(join(DIST, 'assets'), f)));
    const staticImports = (name: string): string[] =>
      [
        ...readFileSync(join(DIST, 'assets', name), 'utf8').matchAll(
          /\b(?:from|import)\s*"\.\/([^"]+\.js)"/g,
        ),
      ].map((m) => m[1]!);
    const files = new Set<string>();
    const visit = (name: string) => {
      if (files.has(name) || entry.has(name)) return;
      files.add(name);
      staticImports(name).forEach(visit);
    };
    visit(start[0]!);
    const size = [...files].reduce((sum, f) => sum + gz(join(DIST, 'assets', f)), 0);
    console.info(
      `start chunk and its imports: ${(size / 1024).toFixed(1)} KB gzip (${[...files].join(', ')})`,
    );
    expect(size).toBeLessThanOrEqual(BUDGET_START_CHUNK);
    // What none of them carries: the embed dialog, MapLibre's chunk, d3's scales (the map's chunk has d3-scale's ordinal
    // scale, its `implicit` symbol), nor any operation's chunk (the timeline's entries are built in).
    expect(assets.some((f) => /^embed-dialog-[^/]*\.js$/.test(f))).toBe(true);
    const slugs = operations().map((o) => o.slug);
    expect(
      [...files].filter(
        (f) => /d3-scale|embed-dialog|mount-map/.test(f) || slugs.some((s) => f.startsWith(`${s}-`)),
      ),
    ).toEqual([]);
    const D3_ORDINAL = /Symbol\((["'`])implicit\1\)/;
    expect(
      assets.some((f) => f.endsWith('.js') && D3_ORDINAL.test(readFileSync(join(DIST, 'assets', f), 'utf8'))),
    ).toBe(true);
    expect([...files].filter((f) => D3_ORDINAL.test(readFileSync(join(DIST, 'assets', f), 'utf8')))).toEqual(
      [],
    );
    // No d3 time code ships at all: the timeline's axis is laid out at build time (d3-time-format's ISO specifier).
    expect(
      assets.filter(
        (f) =>
          f.endsWith('.js') &&
          readFileSync(join(DIST, 'assets', f), 'utf8').includes('%Y-%m-%dT%H:%M:%S.%LZ'),
      ),
    ).toEqual([]);
  });

  test("each operation's page lists its own map data and chunk, with paths relative to its folder", () => {
    const slugs = JSON.parse(readFileSync(join(DIST, 'operations.json'), 'utf8')) as {
      slug: string;
      path: string;
    }[];
    expect(slugs.length).toBeGreaterThan(1);
    const datas = new Set<string>();
    for (const { slug, path } of slugs) {
      const dir = join(DIST, path);
      const page = readFileSync(join(dir, 'index.html'), 'utf8');
      const block = /<script type="application\/json" id="op-later">([^<]*)<\/script>/.exec(page)?.[1];
      expect(block, `${path}: #op-later`).toBeDefined();
      const later = JSON.parse(block!) as LaterFiles;
      expect(later.data, path).toMatch(new RegExp(`map-data-${slug}-[0-9a-f]{8}\\.json$`));
      datas.add(later.data.replace(/^(\.\.\/)+/, ''));
      for (const f of [
        ...later.app.scripts,
        ...later.map.scripts,
        ...later.map.styles,
        later.worker,
        later.data,
      ])
        expect(existsSync(join(dir, f)), `${path}: ${f}`).toBe(true);
      // The operation's own chunk (data/pages.ts loads it), hinted with the app's.
      const chunk = new RegExp(`^${path === './' ? '\\./' : '\\.\\./'}assets/${slug}-[^/]*\\.js$`);
      expect(
        later.app.scripts.some((f) => chunk.test(f)),
        `${path}: ${later.app.scripts.join(' ')}`,
      ).toBe(true);
    }
    expect(datas.size).toBe(slugs.length);
  });

  test(`dist/ without the further operations' own files stays under ${BUDGET_DIST / 1024} KB gzip`, () => {
    // The build's own .br/.gz copies are the same files again, precompressed (publishing, issue 18).
    const all = walk(DIST);
    const theirs = new Set(furtherOps().flatMap((o) => ownFiles(all, o)));
    // The language folders (dist/<lang>/ and dist/<lang>/<slug>/) have their own budget, per page folder (below).
    const total = sizeOf(
      all.filter((f) => !theirs.has(f) && !LANG_DIRS.includes(relative(DIST, f).split(/[\\/]/)[0]!)),
    );
    console.info(`dist without the further operations' files: ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET_DIST);
  });

  test(`each further operation's own files (page folder, map data, chunk) stay under ${BUDGET_OPERATION_PAGE / 1024} KB gzip`, () => {
    const ops = furtherOps();
    expect(ops.length).toBeGreaterThan(0);
    const all = walk(DIST);
    for (const o of ops) {
      const files = ownFiles(all, o);
      expect(
        files.some((f) => f.includes(`map-data-${o.slug}-`)),
        `${o.slug}: its map data`,
      ).toBe(true);
      const total = sizeOf(files);
      console.info(`${o.slug}: ${(total / 1024).toFixed(1)} KB gzip`);
      expect(total, o.slug).toBeLessThanOrEqual(BUDGET_OPERATION_PAGE);
    }
  });

  test.each(LANG_DIRS)(
    `dist/%s/: each operation's page folder stays under ${BUDGET_LANG_PAGE / 1024} KB gzip`,
    (lang) => {
      const further = furtherOps().map((o) => relative(DIST, o.dir));
      expect(further.length).toBeGreaterThan(0);
      const root = join(DIST, lang);
      // The default operation's folder is the language's root, without the further operations' folders inside it.
      const folders = [
        {
          name: `${lang}/`,
          files: walk(root).filter((f) => !further.includes(relative(root, f).split(/[\\/]/)[0]!)),
        },
        ...further.map((slug) => ({ name: `${lang}/${slug}/`, files: walk(join(root, slug)) })),
      ];
      for (const { name, files } of folders) {
        expect(
          files.some((f) => f.endsWith('index.html')),
          `dist/${name}index.html`,
        ).toBe(true);
        expect(
          files.some((f) => f.endsWith('embed.js')),
          `dist/${name}embed.js (the loader its embed codes name)`,
        ).toBe(true);
        const total = sizeOf(files);
        console.info(`dist/${name}: ${(total / 1024).toFixed(1)} KB gzip`);
        expect(total, name).toBeLessThanOrEqual(BUDGET_LANG_PAGE);
      }
    },
  );
});
