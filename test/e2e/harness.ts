/**
 * The one place E2E tests touch Playwright and the preview server. It serves
 * the built dist/ on loopback with the production headers, launches Debian's
 * Chromium (software WebGL), fails any request to another origin and records
 * page errors and CSP violations.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { expect } from 'vitest';
import CHROMIUM_FLAGS from '../../scripts/chromium.json';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? CHROMIUM_FLAGS.path;
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  const msg = `\n!!! E2E SKIPPED: no Chromium at ${CHROMIUM}. Install Debian's chromium or set CHROMIUM_PATH.\n`;
  if (process.env.CI) throw new Error(msg);
  console.warn(msg);
}

/** The one list of Chromium flags (scripts/chromium.json), shared with the bench and the scripts. */
export const BASE_ARGS: readonly string[] = CHROMIUM_FLAGS.args;

export interface Server { url: string; close(): Promise<void> }

export async function startServer(): Promise<Server> {
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const addr = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => new Promise((r) => server.httpServer.close(() => r())) };
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the app's. */
  foreign: string[];
  /** Every request URL. */
  requests: string[];
  errors: string[];
  cspViolations(): Promise<string[]>;
}

/** A fresh context and page that records requests, errors and CSP violations. */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  const base = new URL(origin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === base) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    page, context, foreign, requests, errors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []),
  };
}

export const mapState = (page: Page) => page.evaluate(() => document.documentElement.dataset.mapState);

export async function waitForMapState(page: Page, states: string[], timeout = 30_000): Promise<string> {
  await page.waitForFunction((s) => s.includes(document.documentElement.dataset.mapState ?? ''), states, { timeout });
  return (await mapState(page)) ?? '';
}

/** Domain actions and reads used by the specs. */
export const panelTitle = (page: Page) => page.locator('#op-panel h2').first().textContent();

/** Screen position of each participant's label point: the point on the country its label belongs to, not where the label was moved (needs `?debug=1`). */
export async function labelPixels(page: Page): Promise<Record<string, { x: number; y: number; role: string }>> {
  return page.evaluate(() => {
    const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
    const rect = map.getCanvas().getBoundingClientRect();
    const src = map.getSource('labels') as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } & GeoJSON.FeatureCollection };
    const fc = (src._data.geojson ?? src._data) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; role: string; at?: [number, number] }>;
    const out: Record<string, { x: number; y: number; role: string }> = {};
    for (const f of fc.features) {
      const p = map.project(f.properties.at ?? (f.geometry.coordinates as [number, number]));
      out[f.properties.name] = { x: rect.left + p.x, y: rect.top + p.y, role: f.properties.role };
    }
    return out;
  });
}

/** Hide everything drawn over the country fills, then wait for the map to settle. */
export async function showFillsOnly(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
    for (const id of ['labels', 'leaders', 'hub-label', 'hub', 'hub-halo', 'spokes', 'participant-outline', 'country-pattern', 'inset-pattern']) map.setLayoutProperty(id, 'visibility', 'none');
    await map.once('idle');
  });
}

/** A page's run was clean: no page errors, no request off the origin, no CSP violation. Closes its context. */
export async function expectClean(w: Watched): Promise<void> {
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
  expect(await w.cspViolations()).toEqual([]);
  await w.context.close();
}

