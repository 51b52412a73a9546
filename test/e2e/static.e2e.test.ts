import type { Map as MlMap } from 'maplibre-gl';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  app,
  e2eSuite,
  expectClean,
  HAS_CHROMIUM,
  MAP_FAILED,
  mapState,
  panelTitle,
  waitForMapState,
} from './harness.ts';
import { STATE_TIMEOUT } from './timeouts.ts';

const MAP_CHUNK = /\/assets\/mount-map-[^/]*\.js$/;
const WORKER = /maplibre-gl-worker/;

/** A screen point inside a static-map shape that the shape itself receives (not a label over it). */
async function pointOn(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((sel) => {
    const el = document.querySelector<SVGGeometryElement>(sel);
    const svg = el?.ownerSVGElement;
    const m = el?.getScreenCTM();
    if (!el || !svg || !m) return null;
    const b = el.getBBox();
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const pt = new DOMPoint(b.x + (b.width * i) / 20, b.y + (b.height * j) / 20);
        if (!el.isPointInFill(pt)) continue;
        const s = pt.matrixTransform(m);
        if (document.elementFromPoint(s.x, s.y) === el) return { x: s.x, y: s.y };
      }
    }
    return null;
  }, selector);
  if (!p) throw new Error(`no clickable point on ${selector}`);
  return p;
}

const mapBox = (page: Page) => page.locator('#op-map').boundingBox();

/** Holds back MapLibre's chunk until the returned function is called (the page keeps its static picture). */
async function holdMapChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  await page.route(MAP_CHUNK, async (route) => {
    await gate;
    await route.fallback();
  });
  return release;
}

describe.skipIf(!HAS_CHROMIUM)('the static twin in Chromium', () => {
  const suite = e2eSuite();
  const clean = expectClean;
  /** A 404 injected on purpose logs one console error. */
  const NOT_FOUND = [/Failed to load resource: the server responded with a status of 404/, MAP_FAILED];

  test('the static picture is shown first, before MapLibre arrives; the map then replaces it in the same box', async () => {
    const w = await suite.open(null);
    const release = await holdMapChunk(w.page);
    await w.goto();
    expect(await mapState(w.page)).toBe('static');
    const wide = w.page.locator('#op-map svg.op-static--wide');
    expect(await wide.isVisible()).toBe(true);
    expect(await w.page.locator('#op-map svg.op-static--tall').isVisible()).toBe(false);
    expect(await wide.getAttribute('role')).toBe('img');
    expect(await wide.getAttribute('aria-label')).toMatch(/Lead: Belgium/);
    await w.page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { timeout: STATE_TIMEOUT },
    );
    expect(await mapState(w.page)).toBe('static');
    const before = await mapBox(w.page);
    release();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    expect(await wide.isVisible()).toBe(false);
    expect(await w.page.locator('#op-map canvas').isVisible()).toBe(true);
    expect(await mapBox(w.page)).toEqual(before);
    await clean(w);
  });

  test("MapLibre's style on the map box (its font) leaves the picture's style as it was: no second raster while the map starts", async () => {
    const w = await suite.open(null);
    const release = await holdMapChunk(w.page);
    await w.goto();
    // What every shape and text of the pictures inherits: a change restyles and relays the picture, which the GPU
    // then rasters again, in the middle of the map's start (bench/results.md, "Branch perf-paint").
    const styles = () =>
      w.page.evaluate(() =>
        [...document.querySelectorAll('#op-map svg.op-static, #op-map svg.op-static text')].map((el) => {
          const s = getComputedStyle(el);
          return `${s.fontFamily} ${s.fontSize}/${s.lineHeight} ${s.fontWeight} ${s.fontStyle}`;
        }),
      );
    const first = await styles();
    expect(first.length).toBeGreaterThan(2);
    release();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    expect(await w.page.locator('#op-map.maplibregl-map').count()).toBe(1);
    expect(await styles()).toEqual(first);
    await clean(w);
  });

  test('the role swatches draw their patterns (PNG tiles) over their colours; the lead’s stays plain', async () => {
    const w = await suite.open('?static=1');
    await waitForMapState(w.page, ['fallback']);
    /** The distinct colours inside a swatch (its border and rounded corners left out). */
    const colours = async (key: string) => {
      const swatch = w.page.locator(`#op-participants [data-key="${key}"] .op-swatch`);
      expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(
        key === 'BE' ? /^none$/ : /^url\("data:image\/png;base64,/,
      );
      const png = PNG.sync.read(await swatch.screenshot());
      const seen = new Set<string>();
      for (let y = 3; y < png.height - 3; y++)
        for (let x = 3; x < png.width - 3; x++) {
          const i = (y * png.width + x) * 4;
          seen.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
        }
      return seen.size;
    };
    expect(await colours('BE')).toBe(1);
    // Diagonal lines (France), dots (the Netherlands), horizontal lines (the UK): colour and ink.
    for (const key of ['FR', 'NL', 'GB']) expect(await colours(key), key).toBeGreaterThanOrEqual(2);
    await expectClean(w);
  });

  test('at phone width the tall picture is shown', async () => {
    const w = await suite.open('?static=1', { viewport: { width: 375, height: 667 } });
    expect(await w.page.locator('#op-map svg.op-static--tall').isVisible()).toBe(true);
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(false);
    await clean(w);
  });

  test('at phone width the first picture does not lay out what is below it; scrolling down shifts nothing; embeds lay out everything', async () => {
    const w = await suite.open(null, { viewport: { width: 375, height: 667 } });
    await w.context.addInitScript(() => {
      const g = window as unknown as { __shift: number };
      g.__shift = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) g.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await w.goto('');
    await waitForMapState(w.page, ['ready']);
    // Rendered (laid out and painted) only near the window: content-visibility: auto skips the rest.
    const rendered = (sel: string) =>
      w.page.evaluate(
        (s) => document.querySelector(s)!.checkVisibility({ contentVisibilityAuto: true }),
        sel,
      );
    for (const sel of ['#op-panel .op-facts--caveats .op-fact', '#op-legend li', '.op-footer p'])
      expect(await rendered(sel), sel).toBe(false);
    expect(await rendered('.op-header .op-title')).toBe(true);
    // The skipped text is still in the page (find-in-page and screen readers reach it).
    expect(await w.page.locator('#op-panel .op-facts--caveats .op-fact').first().textContent()).toMatch(
      /Europol/,
    );
    // Down the page a window at a time: each block is laid out as it comes near, and nothing in view moves.
    const height = await w.page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await w.page.evaluate((top) => window.scrollTo(0, top), y);
      await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    expect(await rendered('.op-footer p')).toBe(true);
    expect(
      await w.page.evaluate(() => (window as unknown as { __shift: number }).__shift),
    ).toBeLessThanOrEqual(0.05);
    await clean(w);
    // An embed's height messages follow its real height: nothing is skipped there.
    const e = await suite.open('?embed=1', { viewport: { width: 375, height: 667 } });
    await waitForMapState(e.page, ['ready']);
    expect(
      await e.page.evaluate(() => getComputedStyle(document.querySelector('.op-footer')!).contentVisibility),
    ).toBe('visible');
    await clean(e);
  });

  test('without WebGL the picture stays (fallback): select by keyboard in the list and by clicking the picture', async () => {
    {
      const w = await suite.openWithoutWebGL();
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
      expect(await w.page.locator('#op-map-status').textContent()).toMatch(/WebGL2.*static picture/);
      expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
      await w.page.locator('#op-participants [data-key="BE"]').focus();
      await w.page.keyboard.press('ArrowDown');
      await w.page.keyboard.press('Enter');
      expect(await panelTitle(w.page)).toBe('Bulgaria');
      expect(
        await w.page.locator('.op-static--wide path.country[data-key="BG"]').getAttribute('class'),
      ).toContain('is-selected');
      const fr = await pointOn(w.page, '.op-static--wide path.country[data-key="FR"]');
      await w.page.mouse.click(fr.x, fr.y);
      await expect.poll(() => panelTitle(w.page)).toBe('France');
      expect(new URL(w.page.url()).hash).toBe('#country=fr');
      expect(
        await w.page.locator('.op-static--wide path.country[data-key="FR"]').getAttribute('class'),
      ).toContain('is-selected');
      expect(
        await w.page.locator('.op-static--wide path.country[data-key="BG"]').getAttribute('class'),
      ).not.toContain('is-selected');
      const hub = await pointOn(w.page, '.op-static--wide .hub-dot');
      await w.page.mouse.click(hub.x, hub.y);
      await expect.poll(() => panelTitle(w.page)).toBe('The Hague');
      // The map chunk may have come (it is fetched while the picture shows, and no WebGL probe runs before it:
      // issue 15), but MapLibre left nothing over the picture.
      expect(
        await w.page.locator('#op-map .maplibregl-canvas, #op-map .maplibregl-control-container').count(),
      ).toBe(0);
      expect(await w.page.locator('#op-map').getAttribute('class')).not.toContain('maplibregl-map');
      await clean(w);
    }
  });

  test('?static=1 never requests the map chunk, the worker or the outlines', async () => {
    const w = await suite.open('?static=1#country=nl');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(/switched off/);
    expect(await panelTitle(w.page)).toBe('Netherlands');
    await w.page.waitForLoadState('networkidle');
    expect(w.requests.filter((u) => MAP_CHUNK.test(u) || WORKER.test(u) || /map-data-/.test(u))).toEqual([]);
    expect(
      await w.page.locator('.op-static--wide path.country[data-key="NL"]').getAttribute('class'),
    ).toContain('is-selected');
    await clean(w);
  });

  test('when the outlines cannot be loaded the static picture stays, with a message (fallback)', async () => {
    const w = await suite.open(null, {}, { expectConsole: NOT_FOUND });
    await w.page.route(/map-data-[^/]*\.json$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(
      /could not be loaded.*static picture/,
    );
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
    await clean(w);
  });

  test('a page served without the picture keeps the old contract: no outlines → error, with a message', async () => {
    const w = await suite.open(null, {}, { expectConsole: NOT_FOUND });
    await w.page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const res = await route.fetch();
        const body = (await res.text())
          .replace(/<svg [^]*?<\/svg>/g, '')
          .replace('data-map-state="static"', 'data-map-state="loading"');
        await route.fulfill({ response: res, body });
      },
    );
    await w.page.route(/map-data-[^/]*\.json$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.goto();
    expect(await w.page.locator('#op-map svg').count()).toBe(0);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('error');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(
      /could not be loaded, so the map is not shown/,
    );
    await clean(w);
  });

  test('if the restored context cannot be used, the static picture comes back (fallback)', async () => {
    const w = await suite.open('#country=gb', {}, { expectConsole: [MAP_FAILED] });
    await waitForMapState(w.page, ['ready']);

    await w.page.evaluate(async () => {
      const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
      const ext = map.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      const lost = new Promise((r) => map.once('webglcontextlost', r));
      ext.loseContext();
      await lost;
      await new Promise((r) => setTimeout(r, 0)); // restoring is allowed once the lost event has been dispatched
      // From now on this browser "has no WebGL2": MapLibre's rebuild of the painter fails.
      HTMLCanvasElement.prototype.getContext = () => null;
      ext.restoreContext();
    });
    expect(await waitForMapState(w.page, ['fallback'])).toBe('fallback');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(/lost its graphics context/);
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
    expect(
      await w.page.locator('.op-static--wide path.country[data-key="GB"]').getAttribute('class'),
    ).toContain('is-selected');
    expect(await panelTitle(w.page)).toBe('United Kingdom');
    await clean(w);
  });

  test('without JavaScript: the picture, the noscript summary and table of the eight countries and The Hague, with sources, and About', async () => {
    const w = await suite.open('', { javaScriptEnabled: false });
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
    const rows = w.page.locator('.op-noscript tbody tr');
    expect(await rows.count()).toBe(9);
    expect(await rows.first().isVisible()).toBe(true);
    expect((await w.page.locator('.op-noscript tbody th').allTextContents()).sort()).toEqual([
      'Belgium',
      'Bulgaria',
      'Canada',
      'France',
      'Netherlands',
      'Romania',
      'The Hague',
      'United Kingdom',
      'United States',
    ]);
    // Facts keep their sources without JavaScript, and the page foot says how the map was made.
    expect(await w.page.locator('.op-noscript tbody a[href^="http"]').count()).toBeGreaterThan(10);
    expect(await w.page.locator('.op-noscript').textContent()).toMatch(
      /Where sources disagree[\s\S]*Afterwards/,
    );
    expect(await w.page.locator('footer #op-about h2').textContent()).toBe('About this map');
    const img = w.page.locator('.op-noscript img');
    expect(await img.getAttribute('alt')).toMatch(/Registrars identified: United Kingdom/);
    for (const file of [await img.getAttribute('src'), 'share.png']) {
      const res = await w.context.request.get(new URL(file!, suite.url).href);
      expect(res.status(), file!).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
    }
    await clean(w);
  });

  test('print shows the static picture, not the canvas, and no list chrome', async () => {
    const w = await suite.open('#country=ro');
    await waitForMapState(w.page, ['ready']);
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
    expect(await w.page.locator('#op-map .maplibregl-canvas-container').isVisible()).toBe(false);
    expect(await w.page.locator('#op-participants').isVisible()).toBe(false);
    expect(await panelTitle(w.page)).toBe('Romania');
    expect(await w.page.locator('#op-panel').isVisible()).toBe(true);
    await w.page.emulateMedia({ media: 'screen' });
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(false);
    await clean(w);
  });

  test('a lost and restored WebGL context keeps the selection (panel and feature-state)', async () => {
    const w = await suite.open('#country=fr');
    await waitForMapState(w.page, ['ready']);
    await w.page.evaluate(async () => {
      const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
      const gl = map.getCanvas().getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      const lost = new Promise((r) => map.once('webglcontextlost', r));
      ext.loseContext();
      await lost;
    });
    expect(await w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(true);
    await w.page.evaluate(async () => {
      const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
      const ext = (window as unknown as { __lose: WEBGL_lose_context }).__lose;
      const restored = new Promise((r) => map.once('webglcontextrestored', r));
      ext.restoreContext();
      await restored;
      await new Promise((r) => map.once('idle', r));
    });
    await app(w.page).settle();
    expect(await app(w.page).map.featureState('FR')).toMatchObject({ selected: true });
    expect(await panelTitle(w.page)).toBe('France');
    expect(await mapState(w.page)).toBe('ready');
    // The new painter skips the colourless sky too (src/map/skip-empty-sky.ts, applied again on restore).
    const programs = await w.page.evaluate(() => {
      type Cached = { painter: { programCache: { programs: Record<string, unknown> } } };
      const map = (window as unknown as { __takedownMap: Cached }).__takedownMap;
      return Object.keys(map.painter.programCache.programs).map((k) => k.split('/')[0]);
    });
    expect(programs).toContain('fill');
    expect(programs).not.toContain('sky');
    await expect.poll(() => w.page.locator('#op-map svg.op-static--wide').isVisible()).toBe(false);
    await clean(w);
  });

  test("measures: first picture, ready, bytes before it; the map's files are requested once the picture is presented", async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    const m = await w.page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const before = res.filter((r) => r.responseEnd <= fcp);
      return {
        fcp: Math.round(fcp),
        ready: Math.round(performance.now()),
        bytesBeforeFcp: nav.transferSize + before.reduce((s, r) => s + r.transferSize, 0),
        resourcesBeforeFcp: before.map((r) => r.name.replace(/^.*\//, '')),
        timeline: res.map(
          (r) => `${r.name.replace(/^.*\//, '')}@${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`,
        ),
      };
    });
    console.log('static twin timing', JSON.stringify(m));
    // The app's chunk and the map's files (MapLibre's chunk, its worker, the map data), hinted at low priority, are
    // requested only once the picture has been presented (its paint entry): a request started before the first
    // contentful paint is part of what it waits for (issue 15, Lighthouse's simulated LCP). The map is created after.
    const order = await w.page.evaluate(() => {
      const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const start = (re: RegExp) => res.find((r) => re.test(r.name))?.startTime ?? null;
      return {
        frame: mark('takedown:first-frame'),
        fcp: mark('first-contentful-paint'),
        presented: mark('takedown:first-presented'),
        created: mark('takedown:map-created'),
        later: [
          /start-app-[^/]*\.js$/,
          /mount-map-[^/]*\.js$/,
          /maplibre-gl-worker-[^/]*\.mjs$/,
          /map-data-[^/]*\.json$/,
        ].map(start),
        timeout: performance.getEntriesByName('takedown:first-frame-timeout').length,
        hints: [...document.querySelectorAll('link[fetchpriority="low"]')].length,
      };
    });
    expect(order.presented, 'the paint entry was observed (no timeout)').not.toBeNull();
    for (const t of order.later) {
      expect(t).not.toBeNull();
      expect(t!).toBeGreaterThanOrEqual(order.fcp!);
      expect(t!).toBeGreaterThanOrEqual(order.presented!);
    }
    expect(order.hints, 'the hints were sent (module preloads, the map data)').toBeGreaterThan(2);
    expect(order.timeout).toBe(0);
    expect(order.frame).not.toBeNull();
    expect(order.created!).toBeGreaterThanOrEqual(order.frame!);
    await clean(w);
  });
});
