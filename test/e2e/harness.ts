/**
 * The one place E2E tests touch Playwright and the preview server. It serves
 * the built dist/ on loopback with the production headers, launches Debian's
 * Chromium (software WebGL; flags in scripts/chromium.mjs), fails any request
 * to another origin and records page errors, console errors and CSP
 * violations. Specs act through the drivers below (`app(w)`), which wait
 * for the map to settle after each action: no fixed sleeps.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Map as MlMap } from 'maplibre-gl';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
} from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, NO_WEBGL_ARGS } from '../../scripts/chromium.mjs';
import { STATE_TIMEOUT } from './timeouts.ts';

export const CHROMIUM = CHROMIUM_PATH;
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  const msg = `\n!!! E2E SKIPPED: no Chromium at ${CHROMIUM}. Install Debian's chromium or set CHROMIUM_PATH.\n`;
  if (process.env.CI) throw new Error(msg);
  console.warn(msg);
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const addr = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    close: () => new Promise((r) => server.httpServer.close(() => r())),
  };
}

/** Chromium with the project's flags; `webgl: false` for the fallback tests; `args` for a test's own extra flags. */
export async function launch(o: { webgl?: boolean; args?: readonly string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...(o.webgl === false ? NO_WEBGL_ARGS : []), ...(o.args ?? [])],
  });
}

export interface WatchOptions {
  /** Console errors a test provokes on purpose (an injected 404 logs "Failed to load resource"). */
  readonly expectConsole?: readonly RegExp[];
  /** Origins besides the app's that may be requested (the embed host pages). */
  readonly allowOrigins?: readonly string[];
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the app's. */
  foreign: string[];
  /** Every request URL. */
  requests: string[];
  /** Uncaught page errors and console errors, in every frame. */
  errors: string[];
  /** CSP violations reported in every frame of the page. */
  cspViolations(): Promise<string[]>;
  /** Uncaught errors and rejections seen by a listener inside every frame (cross-origin frames included). */
  frameErrors(): Promise<string[]>;
  /** Set once expectClean has checked this page. */
  checked: boolean;
  /** Open `path` (relative to the app) with `?debug=1` added, so drivers can reach the map. */
  goto(path?: string): Promise<void>;
}

/** `?debug=1` added to a path like '', '#hub' or '?static=1#country=fr'. */
export function withDebug(origin: string, path = ''): string {
  const u = new URL(path, origin);
  if (!u.searchParams.has('debug')) u.searchParams.set('debug', '1');
  return u.href;
}

interface Probe {
  csp: string[];
  errors: string[];
}
/** Runs in every frame before its scripts. */
const PROBE = () => {
  const p: Probe = { csp: [], errors: [] };
  (window as unknown as { __probe: Probe }).__probe = p;
  document.addEventListener('securitypolicyviolation', (e) =>
    p.csp.push(`${location.origin} ${e.violatedDirective} ${e.blockedURI}`),
  );
  window.addEventListener('error', (e) => p.errors.push(`${location.origin} ${String(e.message)}`));
  window.addEventListener('unhandledrejection', (e) =>
    p.errors.push(`${location.origin} ${String(e.reason)}`),
  );
};

/** A fresh context and page that records requests, errors and CSP violations. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
  watch: WatchOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const foreign: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  const allowed = new Set([
    new URL(origin).origin,
    ...(watch.allowOrigins ?? []).map((o) => new URL(o).origin),
  ]);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || allowed.has(new URL(url).origin))
      return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!(watch.expectConsole ?? []).some((re) => re.test(text)))
      errors.push(`console.error: ${text} (${m.location().url})`);
  });
  await context.addInitScript(PROBE);
  const probes = async () =>
    Promise.all(
      page
        .frames()
        .map((f) =>
          f
            .evaluate(() => (window as unknown as { __probe?: Probe }).__probe ?? { csp: [], errors: [] })
            .catch(() => ({ csp: [], errors: [] })),
        ),
    );
  return {
    page,
    context,
    foreign,
    requests,
    errors,
    checked: false,
    cspViolations: async () => (await probes()).flatMap((p) => p.csp),
    frameErrors: async () => (await probes()).flatMap((p) => p.errors),
    goto: async (path = '') => {
      await page.goto(withDebug(origin, path));
    },
  };
}

export const mapState = (page: Page | Frame) =>
  page.evaluate(() => document.documentElement.dataset.mapState);

export async function waitForMapState(
  page: Page | Frame,
  states: string[],
  timeout = STATE_TIMEOUT,
): Promise<string> {
  await page.waitForFunction((s) => s.includes(document.documentElement.dataset.mapState ?? ''), states, {
    timeout,
  });
  return (await mapState(page)) ?? '';
}

/**
 * Wait until the page has caught up with the last action: one frame and the
 * after-paint task (the app applies state to the map there), then, if the
 * map is up, its `idle` after a forced repaint (camera moves and tiles done).
 */
export async function settle(target: Page | Frame): Promise<void> {
  await target.evaluate(async (timeout) => {
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const map = (window as unknown as { __takedownMap?: MlMap }).__takedownMap;
    if (!map || document.documentElement.dataset.mapState !== 'ready') return;
    const idle = map.once('idle');
    map.triggerRepaint();
    let timer = 0;
    await Promise.race([
      idle,
      new Promise((_, fail) => {
        timer = window.setTimeout(() => fail(new Error(`the map was not idle after ${timeout} ms`)), timeout);
      }),
    ]);
    clearTimeout(timer);
  }, STATE_TIMEOUT);
}

/** Read-only probes of the map (needs `?debug=1`, which `w.goto` adds), through MapLibre's public API only. */
export function mapProbe(target: Page | Frame) {
  return {
    /** Feature state of a place in the one key vocabulary ('FR', 'ES', or 'hub'), in the countries (or given) source; other sources take their own ids ('brussels' in attacks). */
    featureState: (key: string, source?: string): Promise<Record<string, unknown>> =>
      target.evaluate(
        ([id, src]) => {
          const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
          return map.getFeatureState({ source: src ?? (id === 'hub' ? 'hub' : 'countries'), id });
        },
        [key, source] as const,
      ),
    /** A layout property of a layer, or null when the style has no such layer (yet: some are added when first shown). */
    layout: (layer: string, property: string): Promise<unknown> =>
      target.evaluate(
        ([l, p]) => {
          const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
          return map.getLayer(l) ? map.getLayoutProperty(l, p as 'visibility') : null;
        },
        [layer, property] as const,
      ),
    isMoving: () =>
      target.evaluate(() => (window as unknown as { __takedownMap: MlMap }).__takedownMap.isMoving()),
    zoom: () =>
      target.evaluate(() => (window as unknown as { __takedownMap: MlMap }).__takedownMap.getZoom()),
    /** [west, south, east, north] of the view. */
    bounds: () =>
      target.evaluate(() =>
        (window as unknown as { __takedownMap: MlMap }).__takedownMap.getBounds().toArray().flat(),
      ),
    /** Screen position of a longitude/latitude. */
    pixel: (lngLat: [number, number]) =>
      target.evaluate((p) => {
        const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
        const r = map.getCanvas().getBoundingClientRect();
        const xy = map.project(p);
        return { x: r.left + xy.x, y: r.top + xy.y };
      }, lngLat),
    /** Screen position of each participant's label point. */
    labelPixels: () => labelPixels(target),
    /** Ids of the rendered features of a layer. */
    rendered: (layer: string): Promise<unknown[]> =>
      target.evaluate(
        (l) =>
          (window as unknown as { __takedownMap: MlMap }).__takedownMap
            .queryRenderedFeatures({ layers: [l] })
            .map((f) => f.properties.id),
        layer,
      ),
  };
}

/**
 * Screen position of each participant's label point (needs `?debug=1`): the point on the country its label belongs
 * to, not where the label was moved. Read from the map's HTML labels (src/map/label-overlay.ts: `data-at`).
 */
export async function labelPixels(
  target: Page | Frame,
): Promise<Record<string, { x: number; y: number; role: string }>> {
  return target.evaluate(() => {
    const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
    const rect = map.getCanvas().getBoundingClientRect();
    const out: Record<string, { x: number; y: number; role: string }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.op-labels [data-kind="close"][data-at]')) {
      const p = map.project(el.dataset.at!.split(',').map(Number) as [number, number]);
      out[el.textContent.replace(/\n/g, ' ')] = {
        x: rect.left + p.x,
        y: rect.top + p.y,
        role: el.dataset.role ?? '',
      };
    }
    return out;
  });
}

/** A label the map shows now (HTML, src/map/label-overlay.ts), with its box on the screen. */
export interface ShownLabel {
  readonly key: string;
  readonly kind: string;
  readonly text: string;
  readonly box: { x: number; y: number; width: number; height: number };
}

/** Every label the map shows now: the overlay's labels that are visible and in the map's box. */
export const shownLabels = (target: Page | Frame): Promise<ShownLabel[]> =>
  target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.op-labels .op-label')]
      .filter((el) => getComputedStyle(el).visibility === 'visible')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          key: el.dataset.key ?? '',
          kind: el.dataset.kind ?? '',
          text: (el.textContent ?? '').replace(/\n/g, ' '),
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
  );

/** Domain actions and reads used by the specs; every action waits for the page to settle. */
export function app(target: Page | Frame) {
  const participant = (key: string) => target.locator(`#op-participants [data-key="${key}"]`);
  const legendItem = (role: string) => target.locator(`#op-legend [data-role="${role}"]`);
  return {
    settle: () => settle(target),
    panelTitle: () => panelTitle(target),
    map: mapProbe(target),
    participant,
    /** Click a participant (alpha-2 or 'hub') in the list. */
    async selectCountry(key: string) {
      await participant(key).click();
      await settle(target);
    },
    /** Click any control, then settle. */
    async click(selector: string) {
      await target.locator(selector).click();
      await settle(target);
    },
    /** Press a key on the focused element, then settle. */
    async press(key: string) {
      await (target as Page).keyboard.press(key);
      await settle(target);
    },
    legend: {
      async toggle(role: string) {
        await legendItem(role).click();
        await settle(target);
      },
      pressed: async (role: string) => (await legendItem(role).getAttribute('aria-pressed')) === 'true',
      visible: () =>
        target.$$eval('#op-legend li', (lis) =>
          (lis as HTMLElement[]).filter((li) => !li.hidden).map((li) => li.textContent),
        ),
    },
    dimmedInList: (key: string) => participant(key).evaluate((el) => el.classList.contains('is-dim')),
  };
}

export const panelTitle = (page: Page | Frame) => page.locator('#op-panel h2').first().textContent();

/** Hide everything drawn over the country fills (the HTML labels too), then wait for the map to settle. */
export async function showFillsOnly(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
    for (const id of [
      'leaders',
      'hub',
      'hub-halo',
      'hub-ring',
      'spokes',
      'participant-outline',
      'country-pattern',
      'inset-pattern',
    ])
      map.setLayoutProperty(id, 'visibility', 'none');
    document.querySelector<HTMLElement>('.op-labels')!.style.display = 'none';
  });
  await settle(page);
}

/**
 * A page's run was clean: no page or console error, no request off the origin,
 * no CSP violation in any frame. Closes its context.
 */
export async function expectClean(w: Watched): Promise<void> {
  w.checked = true;
  const csp = await w.cspViolations();
  const inFrames = await w.frameErrors();
  await w.context.close();
  expect(w.errors, 'page and console errors').toEqual([]);
  expect(inFrames, 'errors inside frames').toEqual([]);
  expect(w.foreign, 'requests off the origin').toEqual([]);
  expect(csp, 'CSP violations').toEqual([]);
}

/**
 * One E2E suite: a preview server and a Chromium for its tests, and `open()`
 * for pages. After each test every page it opened is checked clean (no page
 * or console error, no foreign request, no CSP violation) unless the test
 * already did so with `expectClean` — so no test can skip the check.
 */
/** The app's one log line when the interactive map fails (src/app/fail-reason.ts): expected wherever a failure is injected. */
export const MAP_FAILED = /^takedown-map: the interactive map failed \(/;

export function e2eSuite(o: { webgl?: boolean } = {}) {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const opened: Watched[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launch(o);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const w of opened.splice(0)) if (!w.checked) await expectClean(w);
  });
  const suite = {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    /** A watched page in a fresh context; opens `path` (with ?debug=1) unless it is null. */
    async open(
      path: string | null = '',
      options: BrowserContextOptions = {},
      watch: WatchOptions = {},
      on: Browser = browser!,
    ): Promise<Watched> {
      const w = await openPage(on, server!.url, options, watch);
      opened.push(w);
      if (path !== null) await w.goto(path);
      return w;
    },
    /** A page in a browser without WebGL, closed after the test. */
    async openWithoutWebGL(
      path: string | null = '',
      options: BrowserContextOptions = {},
      watch: WatchOptions = {},
    ): Promise<Watched> {
      const noGl = await launch({ webgl: false });
      const w = await suite.open(null, options, watch, noGl);
      w.context.on('close', () => void noGl.close());
      if (path !== null) await w.goto(path);
      return w;
    },
  };
  return suite;
}

/** axe-core in the page (test/e2e/axe.ts), for the suites that take their helpers from the harness. */
export { axeViolations } from './axe.ts';
