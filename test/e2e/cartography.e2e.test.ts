/**
 * Issue 13: the composition at the sizes readers use, the refit on resize and
 * rotation, the reset control, cooperative touch on phones, the zoom cap and
 * the fine outlines.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectClean,
  HAS_CHROMIUM,
  labelPixels,
  launch,
  openPage,
  startServer,
  waitForMapState,
  type Server,
  type Watched,
} from './harness.ts';

type DebugMap = import('maplibre-gl').Map;
const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Resolves once the debug map has nothing left to draw or move. */
const mapIdle = (page: Page) =>
  page.evaluate(async () => {
    const map = (window as unknown as { __takedownMap: DebugMap }).__takedownMap;
    if (map.isMoving() || !map.loaded() || !map.areTilesLoaded()) await map.once('idle');
  });

/** Every participant's point (and the hub) is inside the map's canvas. */
async function participantsInFrame(page: Page): Promise<string[]> {
  const points = await labelPixels(page);
  const box = await page.locator('#op-map canvas').boundingBox();
  return Object.entries(points)
    .filter(
      ([, p]) =>
        !(box && p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height),
    )
    .map(([n]) => n);
}

describe.skipIf(!HAS_CHROMIUM)('cartography and layout (issue 13)', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sizes = [
    { width: 1280, height: 800, phone: false },
    { width: 1366, height: 768, phone: false },
    { width: 375, height: 667, phone: true },
    { width: 390, height: 844, phone: true },
  ];
  test.each(sizes)(
    'at $width × $height the key and the whole map are on the first screen, unscrolled; nothing 404s',
    async ({ width, height, phone }) => {
      const w = await openPage(browser, server.url, { viewport: { width, height }, ...(phone ? PHONE : {}) });
      const missing: string[] = [];
      w.page.on('response', (r) => {
        if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
      });
      await w.page.goto(server.url);
      await waitForMapState(w.page, ['ready']);
      const m = await w.page.evaluate(() => {
        const r = (el: Element) => el.getBoundingClientRect();
        const map = r(document.querySelector('#op-map')!);
        const key = [...document.querySelectorAll('#op-key li')].map((li) => ({
          text: li.textContent,
          bottom: r(li).bottom,
          top: r(li).top,
        }));
        return {
          scrollY: window.scrollY,
          vh: window.innerHeight,
          mapTop: map.top,
          mapBottom: map.bottom,
          key,
        };
      });
      expect(m.scrollY).toBe(0);
      const roles = ['Lead', 'Digital evidence seized', 'Servers seized', 'Registrars identified'];
      for (const role of roles) expect(m.key.map((k) => k.text)).toContain(role);
      expect(m.key.some((k) => k.text?.includes('The Hague'))).toBe(true);
      expect(m.key.some((k) => k.text?.includes('North America'))).toBe(true);
      for (const k of m.key) expect(k.bottom, k.text ?? '').toBeLessThanOrEqual(m.vh);
      expect(m.mapTop).toBeGreaterThan(0);
      expect(m.mapBottom).toBeLessThanOrEqual(m.vh);
      // The map's share of the first screen: at least 45 % on phones.
      const share = (Math.min(m.mapBottom, m.vh) - Math.max(m.mapTop, 0)) / m.vh;
      expect(share).toBeGreaterThanOrEqual(phone ? 0.45 : 0.4);
      // The favicon is served (headless Chromium may not ask for it on its own).
      const icon = await w.page.evaluate(
        async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href)).status,
      );
      expect(icon).toBe(200);
      expect(missing).toEqual([]);
      await expectClean(w);
    },
  );

  test('a resize 1280 → 1024 → 1280 refits: every participant stays in the frame', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}?debug=1`);
    await waitForMapState(w.page, ['ready']);
    for (const width of [1024, 1280]) {
      await w.page.setViewportSize({ width, height: 800 });
      await w.page.waitForFunction(
        (wd) =>
          Math.abs(
            document.querySelector('#op-map canvas')!.getBoundingClientRect().width -
              document.querySelector('#op-map')!.clientWidth,
          ) < 2 && window.innerWidth === wd,
        width,
      );
      await mapIdle(w.page);
      expect(await participantsInFrame(w.page), `at ${width}`).toEqual([]);
    }
    await expectClean(w);
  });

  test('rotating a phone refits: every participant stays in the frame, portrait and landscape', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 390, height: 844 }, ...PHONE });
    await w.page.goto(`${server.url}?debug=1`);
    await waitForMapState(w.page, ['ready']);
    expect(await participantsInFrame(w.page)).toEqual([]);
    await w.page.setViewportSize({ width: 844, height: 390 });
    // The map has taken its new size (its resize observer, and the app's, which swaps the orientation, have run):
    // before that an idle map still shows the portrait camera in the landscape box.
    await w.page.waitForFunction(
      () =>
        window.innerWidth === 844 &&
        Math.abs(
          document.querySelector('#op-map canvas')!.getBoundingClientRect().width -
            document.querySelector('#op-map')!.clientWidth,
        ) < 2,
    );
    await mapIdle(w.page);
    expect(await participantsInFrame(w.page)).toEqual([]);
    // In landscape the map is on the first screen too.
    const top = await w.page.evaluate(() => document.querySelector('#op-map')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(390 * 0.5);
    await expectClean(w);
  });

  test('the reset control returns to the overview framing', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}?debug=1`);
    await waitForMapState(w.page, ['ready']);
    await mapIdle(w.page);
    const camera = () =>
      w.page.evaluate(() => {
        const map = (window as unknown as { __takedownMap: DebugMap }).__takedownMap;
        const c = map.getCenter();
        return { zoom: map.getZoom(), lng: c.lng, lat: c.lat };
      });
    const start = await camera();
    await w.page.evaluate(() =>
      (window as unknown as { __takedownMap: DebugMap }).__takedownMap.jumpTo({ center: [20, 40], zoom: 5 }),
    );
    await mapIdle(w.page);
    expect((await camera()).zoom).toBeCloseTo(5, 3);
    await w.page.getByRole('button', { name: 'Reset the map view' }).click();
    await w.page.waitForFunction(
      () => !(window as unknown as { __takedownMap: DebugMap }).__takedownMap.isMoving(),
    );
    await mapIdle(w.page);
    const end = await camera();
    expect(end.zoom).toBeCloseTo(start.zoom, 2);
    expect(end.lng).toBeCloseTo(start.lng, 1);
    expect(end.lat).toBeCloseTo(start.lat, 1);
    await expectClean(w);
  });

  test('on a phone one finger over the map scrolls the page and leaves the map where it is', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 390, height: 844 }, ...PHONE });
    await w.page.goto(`${server.url}?debug=1`);
    await waitForMapState(w.page, ['ready']);
    await mapIdle(w.page);
    const center = () =>
      w.page.evaluate(() =>
        (window as unknown as { __takedownMap: DebugMap }).__takedownMap.getCenter().toArray(),
      );
    const before = await center();
    const box = (await w.page.locator('#op-map').boundingBox())!;
    const x = box.x + box.width / 2,
      y0 = box.y + box.height * 0.8;
    const cdp = await w.context.newCDPSession(w.page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await w.page.waitForFunction(() => window.scrollY > 100);
    await mapIdle(w.page);
    expect(await center()).toEqual(before);
    await expectClean(w);
  });

  test('selecting Belgium frames it below the zoom cap and draws it from the fine outlines', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}?debug=1#country=be`);
    // Since issue 15 the fine outlines are in the build-time map data: drawn from the first frame.
    await waitForMapState(w.page, ['ready']);
    await mapIdle(w.page);
    const read = () =>
      w.page.evaluate(() => {
        const map = (window as unknown as { __takedownMap: DebugMap }).__takedownMap;
        const be = map.querySourceFeatures('countries', { filter: ['==', ['get', 'key'], 'BE'] });
        const vertices = be.reduce(
          (n, f) =>
            n +
            (f.geometry.type === 'Polygon'
              ? f.geometry.coordinates.flat().length
              : f.geometry.type === 'MultiPolygon'
                ? f.geometry.coordinates.flat(2).length
                : 0),
          0,
        );
        return { zoom: map.getZoom(), maxZoom: map.getMaxZoom(), vertices };
      });
    const r = await read();
    expect(r.zoom).toBeLessThanOrEqual(5 + 1e-6);
    expect(r.maxZoom).toBeLessThanOrEqual(6);
    // 1:110m draws Belgium with 11 points; the fine outlines with well over a hundred.
    expect(r.vertices).toBeGreaterThan(60);
    // Zooming in stops at the cap, and the zoom-in button then turns off.
    await w.page.evaluate(() =>
      (window as unknown as { __takedownMap: DebugMap }).__takedownMap.zoomTo(9, { duration: 0 }),
    );
    await mapIdle(w.page);
    expect((await read()).zoom).toBeLessThanOrEqual(6);
    await expect.poll(() => w.page.getByRole('button', { name: 'Zoom in' }).isDisabled()).toBe(true);
    await expectClean(w);
  });
});

export type { Watched };
