/**
 * Injected failures (issue 8): each leaves a usable page (list and panels),
 * a clear message, a truthful data-map-state and no uncaught error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, launch, openPage, panelTitle, startServer, waitForMapState, type Server, type Watched } from './harness.ts';

describe.skipIf(!HAS_CHROMIUM)('injected failures', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => { server = await startServer(); browser = await launch(); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  /** The list and panels still work, and nothing threw or left the origin. */
  async function stillUsable(w: Watched) {
    await w.page.locator('#op-participants [data-key="FR"]').click();
    expect(await panelTitle(w.page)).toBe('France');
    await w.page.keyboard.press('Escape');
    expect(await panelTitle(w.page)).toBe('What happened');
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
    await w.context.close();
  }
  const status = (page: Page) => page.locator('#op-map-status').textContent();

  test('geometry request aborted', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/countries-110m.*\.json$/, (r) => r.abort('connectionreset'));
    await w.page.goto(server.url);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toMatch(/error|fallback/);
    expect(await status(w.page)).toMatch(/could not be loaded/);
    await stillUsable(w);
  });

  test('geometry that is not a topology', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/countries-110m.*\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"nonsense"}' }));
    await w.page.goto(server.url);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toMatch(/error|fallback/);
    expect(await status(w.page)).toMatch(/could not be loaded/);
    await stillUsable(w);
  });

  test('the MapLibre chunk fails to load', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/mount-map-[^/]*\.js$/, (r) => r.fulfill({ status: 503, body: 'unavailable' }));
    await w.page.goto(server.url);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await status(w.page)).toMatch(/could not start/);
    await stillUsable(w);
  });

  test('the MapLibre worker fails to load', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/maplibre-gl-worker[^/]*\.mjs$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.page.goto(server.url);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await status(w.page)).toMatch(/could not start/);
    await stillUsable(w);
  });

  test('the map font fails to load: the map still becomes ready', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/noto-sans[^/]*\.woff2$/, (r) => r.abort());
    await w.page.goto(server.url);
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    await stillUsable(w);
  });

  test('a very slow network: the page and list work before the map arrives', async () => {
    const w = await openPage(browser, server.url);
    await w.page.route(/(mount-map|maplibre-gl-worker|countries-110m)/, async (r) => {
      await new Promise((ok) => setTimeout(ok, 4000));
      await r.continue();
    });
    await w.page.goto(server.url, { waitUntil: 'domcontentloaded' });
    expect(await w.page.evaluate(() => document.documentElement.dataset.mapState)).toMatch(/loading|static/);
    await w.page.locator('#op-participants [data-key="GB"]').click();
    expect(await panelTitle(w.page)).toBe('United Kingdom');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'], 40_000)).toBe('ready');
    await stillUsable(w);
  });

  test('the embed iframe squeezed to 200 px wide and back keeps working', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 900, height: 900 } });
    await w.page.setContent(`<iframe id="f" title="map" style="width:600px;height:800px;border:0" src="${server.url}?embed=1"></iframe>`);
    const frame = w.page.frameLocator('#f');
    const inner = () => w.page.frames().find((f) => f.url().startsWith(server.url))!;
    await w.page.waitForFunction(() => true);
    await expect.poll(async () => inner()?.evaluate(() => document.documentElement.dataset.mapState), { timeout: 30_000 }).toBe('ready');
    for (const width of [200, 600]) {
      await w.page.evaluate((px) => { (document.getElementById('f') as HTMLIFrameElement).style.width = `${px}px`; }, width);
      await w.page.waitForTimeout(600);
      const box = await inner().evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, state: document.documentElement.dataset.mapState }));
      expect(box.state).toBe('ready');
      expect(box.sw).toBeLessThanOrEqual(box.cw);
      await frame.locator('#op-participants [data-key="US"]').click();
      expect(await frame.locator('#op-panel h2').first().textContent()).toBe('United States');
      await frame.locator('#op-participants [data-key="US"]').click();
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });
});
