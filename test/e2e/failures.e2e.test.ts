/**
 * Injected failures (issue 8): each leaves a usable page (list and panels),
 * a clear message, a truthful data-map-state and no uncaught error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { startHostServer } from '../fixtures/host-server.ts';
import {
  HAS_CHROMIUM,
  MAP_FAILED,
  app,
  e2eSuite,
  expectClean,
  panelTitle,
  settle,
  waitForMapState,
  type Watched,
  type WatchOptions,
} from './harness.ts';

describe.skipIf(!HAS_CHROMIUM)('injected failures', () => {
  const suite = e2eSuite();
  /** Each injected failure logs its own console error (a failed request) and the app's one failure line; nothing else may. */
  const expecting = (...expectConsole: RegExp[]): WatchOptions => ({
    expectConsole: [...expectConsole, MAP_FAILED],
  });

  /** The list and panels still work, and nothing threw or left the origin. */
  async function stillUsable(w: Watched) {
    await app(w.page).selectCountry('FR');
    expect(await panelTitle(w.page)).toBe('France');
    await app(w.page).press('Escape');
    expect(await panelTitle(w.page)).toBe('What happened');
    await expectClean(w);
  }
  const status = (page: Page) => page.locator('#op-map-status').textContent();

  test('geometry request aborted', async () => {
    const w = await suite.open(null, {}, expecting(/Failed to load resource: net::ERR_CONNECTION_RESET/));
    await w.page.route(/map-data-[^/]*\.json$/, (r) => r.abort('connectionreset'));
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toMatch(/error|fallback/);
    expect(await status(w.page)).toMatch(/could not be loaded/);
    await stillUsable(w);
  });

  test('geometry that is not a topology', async () => {
    const w = await suite.open(null, {}, expecting());
    await w.page.route(/map-data-[^/]*\.json$/, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"nonsense"}' }),
    );
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toMatch(/error|fallback/);
    expect(await status(w.page)).toMatch(/could not be loaded/);
    await stillUsable(w);
  });

  test('the MapLibre chunk fails to load', async () => {
    const w = await suite.open(
      null,
      {},
      expecting(
        /Failed to load resource: the server responded with a status of 503/,
        /Failed to fetch dynamically imported module/,
      ),
    );
    await w.page.route(/mount-map-[^/]*\.js$/, (r) => r.fulfill({ status: 503, body: 'unavailable' }));
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await status(w.page)).toMatch(/could not start/);
    await stillUsable(w);
  });

  test('the MapLibre worker fails to load', async () => {
    const w = await suite.open(
      null,
      {},
      expecting(/Failed to load resource: the server responded with a status of 404/),
    );
    await w.page.route(/maplibre-gl-worker[^/]*\.mjs$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await status(w.page)).toMatch(/could not start/);
    await stillUsable(w);
  });

  test('the MapLibre worker fails to load before the map is made (the map data comes late)', async () => {
    const w = await suite.open(
      null,
      {},
      expecting(/Failed to load resource: the server responded with a status of 404/),
    );
    // The worker starts with the map's chunk (map-worker.ts), the map once the data is here: its failure comes first.
    let failed = false;
    await w.page.route(/maplibre-gl-worker[^/]*\.mjs$/, async (r) => {
      await r.fulfill({ status: 404, body: 'gone' });
      failed = true;
    });
    // The data (and so the map) only once the worker's script has been refused.
    await w.page.route(/map-data-[^/]*\.json$/, async (r) => {
      await expect.poll(() => failed, { timeout: 30_000 }).toBe(true);
      await r.continue();
    });
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await status(w.page)).toMatch(/could not start/);
    await stillUsable(w);
  });

  test('the embed dialog’s chunk fails to load: the button says so, the page keeps working, the next press opens it', async () => {
    const w = await suite.open(
      null,
      {},
      {
        expectConsole: [
          /Failed to load resource: the server responded with a status of 503/,
          /^takedown-map: the embed dialog could not be loaded/,
        ],
      },
    );
    let fail = true;
    await w.page.route(/embed-dialog-[^/]*\.js$/, (r) =>
      fail ? r.fulfill({ status: 503, body: 'unavailable' }) : r.continue(),
    );
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const button = w.page.getByRole('button', { name: 'Embed', exact: true });
    const said = () => w.page.locator('.op-embed-status').textContent();
    await button.click();
    await expect.poll(said).toBe('The embed codes could not be loaded. Try again.');
    expect(await w.page.getByRole('status').filter({ hasText: 'could not be loaded' }).count()).toBe(1);
    expect(await w.page.locator('dialog').count()).toBe(0);
    fail = false;
    await button.click();
    const dialog = w.page.getByRole('dialog', { name: 'Embed this map' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await said()).toBe('');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await stillUsable(w);
  });

  test('a very slow network: the page and list work before the map arrives', async () => {
    const w = await suite.open(null, {}, expecting());
    // The map's chunk, worker and outlines are held back until the list has been used.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const held: string[] = [];
    await w.page.route(/(mount-map|maplibre-gl-worker|map-data-)/, async (r) => {
      held.push(r.request().url());
      await gate;
      await r.continue();
    });
    await w.page.goto(`${suite.url}?debug=1`, { waitUntil: 'domcontentloaded' });
    expect(await w.page.evaluate(() => document.documentElement.dataset.mapState)).toMatch(/loading|static/);
    await w.page.locator('#op-participants [data-key="GB"]').click();
    expect(await panelTitle(w.page)).toBe('United Kingdom');
    expect(await w.page.evaluate(() => document.documentElement.dataset.mapState)).toMatch(/loading|static/);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    release();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    await stillUsable(w);
  });

  test('the embed iframe squeezed to 200 px wide and back keeps working', async () => {
    // A host page on its own origin, under its own CSP (frame-ancestors * does not match about:blank).
    const hosts = await startHostServer(suite.url);
    const w = await suite.open(
      null,
      { viewport: { width: 900, height: 900 } },
      { allowOrigins: [hosts.url] },
    );
    await w.page.goto(`${hosts.url}plain.html`);
    await w.page.setContent(
      `<iframe id="f" title="map" width="600" height="800" src="${suite.url}?embed=1&debug=1"></iframe>`,
    );
    const frame = w.page.frameLocator('#f');
    await expect.poll(() => w.page.frames().some((f) => f.url().startsWith(suite.url))).toBe(true);
    const inner = w.page.frames().find((f) => f.url().startsWith(suite.url))!;
    expect(await waitForMapState(inner, ['ready', 'fallback', 'error'])).toBe('ready');
    for (const width of [200, 600]) {
      await w.page.evaluate((px) => {
        (document.getElementById('f') as HTMLIFrameElement).width = String(px);
      }, width);
      await expect.poll(() => inner.evaluate(() => innerWidth)).toBe(width);
      await settle(inner);
      const box = await inner.evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        cw: document.documentElement.clientWidth,
        state: document.documentElement.dataset.mapState,
      }));
      expect(box.state).toBe('ready');
      expect(box.sw).toBeLessThanOrEqual(box.cw);
      // Under 360 px the compact embed shows the list over the map only while it has keyboard focus: use the keyboard, as a reader there would.
      await frame.locator('#op-participants [data-key="US"]').focus();
      await frame.locator('#op-participants [data-key="US"]').press('Enter');
      expect(await frame.locator('#op-panel h2').first().textContent()).toBe('United States');
      await frame.locator('#op-participants [data-key="US"]').focus();
      await frame.locator('#op-participants [data-key="US"]').press('Enter');
      await settle(inner);
    }
    await expectClean(w);
    await hosts.close();
  });
});
