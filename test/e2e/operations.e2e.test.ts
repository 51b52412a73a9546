/**
 * Every operation's page (dist/operations.json), in one browser: it reaches
 * `ready`, draws each participant in its role's colour, every entity is
 * selectable by a click on the map, by keyboard and by a deep link, axe
 * finds nothing, and nothing is requested off the origin (the suite checks
 * every page it opens). Old `#strike=` links land on the operation's page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Map as MlMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { ROLE_COLOURS } from '../../src/data/palette.ts';
import { PICKABLE } from '../../src/map/ids.ts';
import {
  HAS_CHROMIUM,
  app,
  axeViolations,
  e2eSuite,
  labelPixels,
  panelTitle,
  showFillsOnly,
  waitForMapState,
} from './harness.ts';

interface Listed {
  slug: string;
  title: string;
  path: string;
}

const DIST = resolve(import.meta.dirname, '../../dist');
const listed = (): Listed[] => JSON.parse(readFileSync(resolve(DIST, 'operations.json'), 'utf8')) as Listed[];
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** The operations (by slug) whose own chunk (assets/<slug>-<hash>.js) or translation (assets/<slug>-<lang>-<hash>.js) was requested. */
const chunksOf = (requests: readonly string[], slugs: readonly string[]): string[] =>
  requests.flatMap((u) => {
    const file = new URL(u).pathname.split('/').at(-1) ?? '';
    return slugs
      .filter((s) => new RegExp(`^${s}-(?:[a-z]{2}-)?[\\w-]{8}\\.js$`).test(file))
      .map((s) => `${s}: ${file}`);
  });

/**
 * The campaign timeline of an open page: every operation's entry links to that operation's page (resolved against the
 * page's URL: `<prefix>/<path>`), the page's own marked current, the alert an event; all of them on the axis.
 */
async function expectTimeline(
  page: Page,
  ops: readonly Listed[],
  slug: string,
  prefix: string,
): Promise<void> {
  const items = await page.$$eval('#op-timeline [data-strike]', (els) =>
    els.map((e) => ({
      id: (e as HTMLElement).dataset.strike!,
      tag: e.tagName,
      href: e.getAttribute('href'),
      url: e instanceof HTMLAnchorElement ? new URL(e.href).pathname : null,
      current: e.getAttribute('aria-current'),
    })),
  );
  expect(items.map((i) => i.id)).toEqual(['2015-12', ...ops.map((o) => o.slug.slice(0, 7))]);
  expect(items[0]).toMatchObject({ tag: 'SPAN', href: null });
  for (const [i, o] of ops.entries()) {
    const item = items[i + 1]!;
    expect(item.tag, o.slug).toBe('A');
    if (o.slug === slug) expect(item, o.slug).toMatchObject({ href: '#', current: 'page' });
    else
      expect(item, o.slug).toMatchObject({ url: `${prefix}/${o.path.replace(/^\.\//, '')}`, current: null });
  }
  expect(
    await page.$$eval('#op-timeline [data-strike-mark]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.strikeMark),
    ),
  ).toEqual(items.map((i) => i.id));
}

describe.skipIf(!HAS_CHROMIUM)('every operation’s page', () => {
  const suite = e2eSuite();

  test('operations.json lists the five operations, the April 2018 takedown at the root', () => {
    const ops = listed();
    expect(ops.map((o) => o.slug)).toEqual([
      '2016-08',
      '2017-06',
      '2018-04-takedown',
      '2018-10-telegram',
      '2019-11-telegram',
    ]);
    expect(ops.find((o) => o.slug === '2018-04-takedown')!.path).toBe('./');
  });

  for (const op of listed()) {
    test(`${op.slug}: ready, colours per role, click, keyboard, deep links, axe`, async () => {
      const w = await suite.open(op.path);
      const page = w.page;
      expect(await waitForMapState(page, ['ready', 'fallback', 'error'])).toBe('ready');
      // Its own operation's chunk only: the timeline's entries and axis come with the app (virtual:campaign-timeline).
      const others = listed()
        .map((o) => o.slug)
        .filter((s) => s !== op.slug);
      expect(chunksOf(w.requests, others), 'other operations’ chunks requested before ready').toEqual([]);
      await expectTimeline(page, listed(), op.slug, '');
      expect(await page.locator('h1').textContent()).toBe(op.title);
      expect(await page.locator('html').getAttribute('data-operation')).toBe(op.slug);
      // The map drew the page's own operation's data, no other's (build/map-data-plugin.ts).
      const data = w.requests.filter((u) => u.includes('/map-data-'));
      expect(data.length, 'the map data was requested').toBeGreaterThan(0);
      for (const u of data) expect(u).toMatch(new RegExp(`/assets/map-data-${op.slug}-[0-9a-f]{8}\\.json$`));
      const a = app(page);
      await a.settle();
      expect(await axeViolations(page), 'axe on the overview').toEqual([]);

      // The list holds every entity: the participants, then the hub.
      const keys = await page.$$eval('#op-participants [data-key]', (els) =>
        els.map((e) => (e as HTMLElement).dataset.key!),
      );
      expect(keys.at(-1)).toBe('hub');
      const names = await page.$$eval('#op-participants [data-key] .op-item__name', (els) =>
        els.map((e) => e.textContent),
      );

      // Deep links, one per entity (the hash is read on hashchange as on load).
      for (const [i, key] of keys.entries()) {
        await page.evaluate(
          (h) => (location.hash = h),
          key === 'hub' ? '#hub' : `#country=${key.toLowerCase()}`,
        );
        await expect.poll(() => panelTitle(page), { message: `deep link ${key}` }).toBe(names[i]);
      }
      await page.keyboard.press('Escape');
      await a.settle();

      // Keyboard: arrows move along the list; Enter on an entry selects it (focus then goes to the panel).
      const item = (k: string) => page.locator(`#op-participants [data-key="${k}"]`);
      if (keys.length > 1) {
        await item(keys[0]!).focus();
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
          keys[1],
        );
      }
      for (const [i, key] of keys.entries()) {
        await item(key).focus();
        await page.keyboard.press('Enter');
        await a.settle();
        expect(await panelTitle(page), `keyboard ${key}`).toBe(names[i]);
      }
      await page.keyboard.press('Escape');
      await a.settle();

      const countries = keys.filter((k) => k !== 'hub');
      // Click: each country selected by a click on the map beside its label point, away from the hub's marker.
      for (const [i, key] of countries.entries()) {
        // From the overview each time: a selection moves the camera to the selected country.
        await page.keyboard.press('Escape');
        await a.settle();
        const p = (await labelPixels(page))[names[i]!]!;
        // A spot near the label point where the map's own picking finds this country (the hub sits in the Netherlands).
        const far = await page.evaluate(
          async ([k, x0, y0, pickable]) => {
            const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
            const r = map.getCanvas().getBoundingClientRect();
            const layers = pickable.filter((l) => map.getLayer(l));
            const search = (cx: number, cy: number) => {
              for (let ring = 0; ring <= 60; ring += 3)
                for (let a = 0; a < 360; a += 15) {
                  const x = cx + ring * Math.cos((a * Math.PI) / 180);
                  const y = cy + ring * Math.sin((a * Math.PI) / 180);
                  // The map's labels are HTML over the canvas: a spot under another place's label picks that place.
                  const over = document
                    .elementFromPoint(x + r.left, y + r.top)
                    ?.closest<HTMLElement>('.op-label');
                  if (over && over.dataset.key !== k) continue;
                  if (map.queryRenderedFeatures([x, y], { layers })[0]?.properties?.key === k)
                    return { x: x + r.left, y: y + r.top };
                }
              return null;
            };
            const found = search(x0 - r.left, y0 - r.top + 12);
            if (found) return found;
            // Too small to pick beside the hub at this zoom: zoom in on it (the reader would), then pick.
            const at = map.unproject([x0 - r.left, y0 - r.top + 12]);
            map.jumpTo({ center: at, zoom: map.getZoom() + 2 });
            await map.once('idle');
            const c = map.project(at);
            return search(c.x, c.y) ?? { x: x0, y: y0 + 12 };
          },
          [key, p.x, p.y, [...PICKABLE]] as const,
        );
        await page.mouse.click(far.x, far.y);
        await a.settle();
        await expect.poll(() => panelTitle(page), { message: `click ${key}` }).toBe(names[i]);
      }
      // The hub, by a click on its marker.
      await page.keyboard.press('Escape');
      await a.settle();
      const h = await a.map.pixel([4.2835, 52.093]);
      await page.mouse.click(h.x, h.y);
      await a.settle();
      await expect.poll(() => panelTitle(page), { message: 'click the hub' }).toBe('The Hague');

      // Colours, last (it hides the labels): each participant's label point is drawn in its role's colour.
      await page.keyboard.press('Escape');
      await a.settle();
      const points = await labelPixels(page);
      expect(Object.keys(points).sort()).toEqual(names.filter((n) => n !== 'The Hague').sort());
      await showFillsOnly(page);
      const png = PNG.sync.read(await page.screenshot());
      for (const [name, pt] of Object.entries(points)) {
        const i = (Math.round(pt.y) * png.width + Math.round(pt.x)) * 4;
        const got = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        const want = hex(ROLE_COLOURS[pt.role as keyof typeof ROLE_COLOURS]);
        const distance = Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!);
        expect(distance, `${op.slug} ${name} drawn ${got} want ${want}`).toBeLessThan(24);
      }
    });
  }

  test('an old #strike= link goes to that operation’s page, keeping the selection', async () => {
    const w = await suite.open('#strike=2017-06&country=es');
    await expect.poll(() => new URL(w.page.url()).pathname).toMatch(/\/2017-06\/$/);
    await waitForMapState(w.page, ['ready', 'fallback']);
    expect(new URL(w.page.url()).hash).toBe('#country=es');
    await expect.poll(() => panelTitle(w.page)).toBe('Spain');
  });

  test('a page in another language loads no other operation’s chunk or translation; its timeline links its language’s pages', async () => {
    const ops = listed();
    for (const [lang, slug] of [
      ['bg', '2019-11-telegram'],
      ['fr', '2018-04-takedown'],
    ] as const) {
      const op = ops.find((o) => o.slug === slug)!;
      const w = await suite.open(`${lang}/${op.path.replace(/^\.\//, '')}`);
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      expect(await w.page.locator('html').getAttribute('lang')).toBe(lang);
      const others = ops.map((o) => o.slug).filter((s) => s !== slug);
      expect(chunksOf(w.requests, others), `${lang}/${slug}`).toEqual([]);
      await expectTimeline(w.page, ops, slug, `/${lang}`);
      // The labels are the page's language's (June 2017 in Bulgarian, the alert in French).
      expect(await w.page.locator('#op-timeline').textContent()).toContain(
        lang === 'bg' ? 'Юни 2017' : 'Fin 2015',
      );
    }
  });

  test('the campaign timeline links the pages and marks the alert as an event', async () => {
    const w = await suite.open('2019-11-telegram/');
    await waitForMapState(w.page, ['ready', 'fallback']);
    expect(await w.page.locator('[data-strike="2019-11"]').getAttribute('aria-current')).toBe('page');
    expect(await w.page.locator('[data-strike="2015-12"]').evaluate((e) => e.tagName)).toBe('SPAN');
    await w.page.locator('[data-strike="2018-04"]').click();
    await expect.poll(() => new URL(w.page.url()).pathname).toBe('/');
    await waitForMapState(w.page, ['ready', 'fallback']);
    expect(await w.page.locator('h1').textContent()).toMatch(/^Eight countries/);
  });
});
