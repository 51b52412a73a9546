// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { buildStaticAssets, loadWorldAtlas, PNG_ZOOM, shareSvg, WIDE } from '../../../build/static-assets.ts';
import { absoluteUrl, noscriptHtml, shareMeta } from '../../../build/static-html.ts';
import { renderPage } from '../../../build/pages.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { ROLE_COLOURS } from '../../../src/data/palette.ts';
import { roleLabel } from '../../../src/data/roles.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import type { Operation } from '../../../src/data/types.ts';
import { describeMapShort as describeMap } from '../../../src/a11y/describe-map.ts';

const html = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}</body>`, 'text/html');

describe('the static page parts', () => {
  test('the description names every participant under its role, and the hub', () => {
    const d = describeMap(OPERATION);
    for (const p of OPERATION.participants) expect(d).toContain(p.name);
    expect(d).toContain('Servers seized: Canada, Netherlands and United States.');
    expect(d).toContain('The Hague');
  });

  test('the noscript block has the PNG with alt text and one table row per participant, escaped', () => {
    const evil: Operation = {
      ...OPERATION,
      participants: OPERATION.participants.map((p, i) =>
        i ? p : { ...p, name: '<img src=x onerror=alert(1)>' },
      ),
    };
    const block = noscriptHtml(evil, describeMap(evil));
    expect(block).not.toContain('<img src=x');
    const doc = html(block.replace(/<\/?noscript>/g, ''));
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('static-map-wide.png');
    expect(doc.querySelector('img')!.getAttribute('alt')).toContain('<img src=x onerror=alert(1)>');
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(9);
    expect(rows[8]!.querySelector('th')!.textContent).toBe('The Hague');
    expect(rows[0]!.querySelector('th')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toContain('Registrars identified');
  });

  test('share tags: large card, 1200 × 630 image, relative unless SITE_URL is set', () => {
    const rel = html(shareMeta(OPERATION, 'alt'));
    const get = (doc: Document, k: string) =>
      doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content');
    expect(get(rel, 'og:image')).toBe('share.png');
    expect(get(rel, 'og:image:width')).toBe('1200');
    expect(get(rel, 'og:image:height')).toBe('630');
    expect(get(rel, 'twitter:card')).toBe('summary_large_image');
    expect(get(rel, 'og:title')).toBe(OPERATION.title);
    const abs = html(shareMeta(OPERATION, 'alt', 'https://news.example/maps/takedown'));
    expect(get(abs, 'og:image')).toBe('https://news.example/maps/takedown/share.png');
    expect(get(abs, 'twitter:image')).toBe('https://news.example/maps/takedown/share.png');
    expect(absoluteUrl('share.png', 'not a url')).toBe('share.png');
  });

  test('renderPage inlines both pictures into the map box, marks the page static and adds the share tags', () => {
    const { html: out, file } = renderPage(
      readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8'),
      OPERATION,
    );
    expect(file).toBe('index.html');
    expect(out).toContain('<html lang="en" data-map-state="static" data-operation="2018-04-takedown">');
    expect(out).toMatch(/<meta property="og:image" content="share.png" \/>/);
    expect(out).toMatch(
      /<div id="op-map" class="op-map"><svg [^>]*class="op-static op-static--wide"[^]*<svg [^>]*class="op-static op-static--tall"[^]*<\/svg><\/div>/,
    );
    expect(out).toContain('<noscript>');
    expect(out).not.toMatch(/\sstyle=/);
    expect(out).not.toMatch(/%APP_/);
    expect(out.match(/<script/g)?.length).toBe(1);
  }, 30_000); // builds the fine outlines and both layouts: slow on a busy machine

  test("renderPage prerenders the page's own operation's views and keeps its own #op-later files, relative to its folder", () => {
    const later = {
      app: { scripts: ['./assets/start-app-x.js'], styles: [], fonts: [] },
      map: { scripts: ['./assets/mount-map-x.js'], styles: ['./assets/mount-map-x.css'], fonts: [] },
      worker: './assets/maplibre-gl-worker-x.mjs',
      data: '',
      byOperation: {
        '2016-08': { data: './assets/map-data-2016-08-0123abcd.json', scripts: ['./assets/2016-08-x.js'] },
        '2018-04-takedown': { data: './assets/map-data-2018-04-takedown-89abcdef.json', scripts: [] },
      },
    };
    const template = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8').replace(
      '</head>',
      `<script type="application/json" id="op-later">${JSON.stringify(later)}</script></head>`,
    );
    const op = operationBySlug('2016-08')!;
    const { html: out, file } = renderPage(template, op);
    expect(file).toBe('2016-08/index.html');
    const doc = new DOMParser().parseFromString(out, 'text/html');
    for (const id of ['op-key', 'op-tour', 'op-participants', 'op-panel', 'op-legend'])
      expect(doc.getElementById(id)!.hasAttribute('data-prerendered'), id).toBe(true);
    const listed = doc.getElementById('op-participants')!.textContent;
    for (const p of op.participants) expect(listed).toContain(p.name);
    const own = new Set(op.participants.map((p) => p.name));
    const other = OPERATION.participants.find((p) => !own.has(p.name))!;
    expect(listed).not.toContain(other.name);
    const list = JSON.parse(doc.getElementById('op-later')!.textContent) as Record<string, unknown>;
    expect(list).toEqual({
      app: { scripts: ['../assets/start-app-x.js', '../assets/2016-08-x.js'], styles: [], fonts: [] },
      map: { scripts: ['../assets/mount-map-x.js'], styles: ['../assets/mount-map-x.css'], fonts: [] },
      worker: '../assets/maplibre-gl-worker-x.mjs',
      data: '../assets/map-data-2016-08-0123abcd.json',
    });
  }, 30_000);

  test('the share card says what the map is: title, dates, the four roles with their colours, the hub and the credit', () => {
    const data = buildMapData(loadWorldAtlas(), OPERATION, 'wide');
    const doc = new DOMParser().parseFromString(shareSvg(OPERATION, data, 'alt'), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
    for (const w of OPERATION.title.split(' ')) expect(texts).toContain(w);
    expect(texts).toContain('25–26 April 2018');
    for (const r of ['lead', 'evidence', 'servers', 'registrars'] as const) {
      expect(texts).toContain(roleLabel(OPERATION, r));
      expect(doc.querySelector(`svg > rect[fill="${ROLE_COLOURS[r]}"]`), r).not.toBeNull();
    }
    expect(texts).toContain('Coordination hub: The Hague');
    expect(texts.replace(/\s+/g, ' ')).toContain(OPERATION.credit);
  });

  test('renders the PNGs: the wide picture and a 1200 × 630 share image', () => {
    const a = buildStaticAssets(OPERATION);
    const share = PNG.sync.read(a.sharePng());
    expect([share.width, share.height]).toEqual([1200, 630]);
    expect(a.sharePng().length).toBeLessThan(200 * 1024);
    const wide = PNG.sync.read(a.widePng());
    // As tall as the data's frame needs (nominalSize), at 1.5×.
    expect([wide.width, wide.height]).toEqual([WIDE.width * PNG_ZOOM, WIDE.height * PNG_ZOOM]);
    expect(wide.width).toBe(1320);
  }, 30_000);
});
