/**
 * Embedding in Chromium: mock host pages on another origin (test/fixtures/
 * embed/) frame the built map. Plain iframe in a 300 px column, the loader
 * under a strict CSP, a pym-style parent; no scroll trap; select both ways;
 * malformed host messages change nothing; the loader code copied from a page
 * in a folder (dist/fr/2018-10-telegram/) works when pasted into a host page.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHostServer, type HostServer } from '../fixtures/host-server.ts';
import {
  HAS_CHROMIUM,
  e2eSuite,
  expectClean,
  mapProbe,
  settle,
  waitForMapState,
  type Watched,
} from './harness.ts';

const SETTLED = ['ready', 'fallback', 'error'];

describe.skipIf(!HAS_CHROMIUM)('embedding the map in a host page', () => {
  const suite = e2eSuite();
  let hosts: HostServer;
  let mapOrigin: string;

  /**
   * A host page on its own origin; requests may go to the host and the map,
   * nowhere else. Errors, console errors and CSP violations are recorded in
   * every frame (the harness), and checked after each test.
   */
  const openHost = async (file: string, width = 1000): Promise<Watched> => {
    const w = await suite.open(null, { viewport: { width, height: 800 } }, { allowOrigins: [hosts.url] });
    await w.page.goto(hosts.url + file);
    return w;
  };
  const mapFrame = async (page: Page): Promise<Frame> => {
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(mapOrigin))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(mapOrigin))!;
    await waitForMapState(frame, SETTLED);
    return frame;
  };
  const heading = (frame: Frame) => frame.locator('#op-panel h2').first().textContent();
  const messages = (page: Page) =>
    page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

  beforeAll(async () => {
    mapOrigin = new URL(suite.url).origin;
    hosts = await startHostServer(suite.url);
  });
  afterAll(async () => {
    await hosts?.close();
  });

  test('(a) a plain iframe in a 300 px column: embed mode, fits its fixed height, no horizontal overflow', async () => {
    const h = await openHost('plain.html');
    const frame = await mapFrame(h.page);
    expect(await frame.evaluate(() => location.origin)).not.toBe(
      await h.page.evaluate(() => location.origin),
    );
    const box = await frame.evaluate(() => {
      const d = document.documentElement;
      return {
        embed: d.classList.contains('op-embed'),
        fit: d.classList.contains('op-fit'),
        sw: d.scrollWidth,
        cw: d.clientWidth,
        sh: d.scrollHeight,
        ch: d.clientHeight,
        w: innerWidth,
      };
    });
    expect(box).toMatchObject({ embed: true, fit: true, w: 300 });
    expect(box.sw).toBeLessThanOrEqual(box.cw);
    expect(box.sh).toBeLessThanOrEqual(box.ch);
    const wide = await frame.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > innerWidth + 0.5 &&
            !el.closest('.op-visually-hidden, .maplibregl-canvas-container'),
        )
        .map((el) => el.className || el.tagName),
    );
    expect(wide).toEqual([]);
    await expect.poll(() => frame.locator('.op-full-link').getAttribute('target')).toBe('_blank');
    expect(await frame.locator('.op-full-link').getAttribute('rel')).toBe('noopener');
    expect(await frame.locator('.op-embed-button').count()).toBe(0);
    await expectClean(h);
  });

  test('(b) the loader under a strict CSP resizes the iframe to its content: no inner scrollbar', async () => {
    const h = await openHost('loader.html');
    const frame = await mapFrame(h.page);
    const iframe = h.page.locator('#takedown iframe');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    expect(await iframe.getAttribute('title')).toBe('Map of the takedown');
    expect(await iframe.getAttribute('allow')).toBe('fullscreen; clipboard-write');
    expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('childId')).toBe('takedown');
    const fits = async () => {
      const inner = await frame.evaluate(() => ({
        sh: document.documentElement.scrollHeight,
        vh: innerHeight,
      }));
      const outer = (await iframe.boundingBox())!.height;
      return outer !== 400 && outer >= inner.sh && inner.sh <= inner.vh;
    };
    await expect.poll(fits).toBe(true);
    const ours = (await messages(h.page)).filter((m) => (m as { type?: string }).type === 'height');
    expect(ours.length).toBeGreaterThan(0);
    expect(await messages(h.page)).toContainEqual(
      expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }),
    );
    // A selection opens as a card inside the map's frame: the iframe keeps (about) its height and still fits.
    const before = (await iframe.boundingBox())!.height;
    await frame.locator('#op-participants [data-key="GB"]').click();
    await expect.poll(() => heading(frame)).toBe('United Kingdom');
    await expect.poll(fits).toBe(true);
    expect(Math.abs((await iframe.boundingBox())!.height - before) / before).toBeLessThanOrEqual(0.1);
    await expectClean(h);
  });

  test('(c) a pym-style parent receives pym height strings with its childId', async () => {
    const h = await openHost('pym.html');
    await mapFrame(h.page);
    await expect
      .poll(async () => (await messages(h.page)).filter((m) => typeof m === 'string'))
      .not.toEqual([]);
    const pym = (await messages(h.page)).filter((m): m is string => typeof m === 'string');
    for (const m of pym) expect(m).toMatch(/^pymxPYMxpolice-mapxPYMxheightxPYMx\d+$/);
    const heights = pym.map((m) => Number(m.split('xPYMx')[3]));
    expect(new Set(heights).size).toBe(heights.length);
    expect(heights.at(-1)).toBeGreaterThan(300);
    await expectClean(h);
  });

  test('(d) a wheel over the map scrolls the host page and leaves the zoom alone', async () => {
    const h = await openHost('loader.html');
    const frame = await mapFrame(h.page);
    expect(await frame.evaluate(() => document.documentElement.dataset.mapState)).toBe('ready');
    const zoom = () => mapProbe(frame).zoom();
    // Let the loader settle the iframe's height and the map its camera before measuring.
    await expect
      .poll(async () => (await h.page.locator('#takedown iframe').boundingBox())!.height)
      .toBeGreaterThan(400);
    await settle(frame);
    const z0 = await zoom();
    const ibox = (await h.page.locator('#takedown iframe').boundingBox())!;
    const canvas = await frame.evaluate(() => {
      const r = document.querySelector('#op-map')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await h.page.mouse.move(ibox.x + canvas.x, ibox.y + canvas.y);
    expect(await h.page.evaluate(() => scrollY)).toBe(0);
    await h.page.mouse.wheel(0, 400);
    await expect.poll(() => h.page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(await zoom()).toBe(z0);
    await expect
      .poll(() => frame.locator('.maplibregl-cooperative-gesture-screen').textContent())
      .toMatch(/Scrolling moves the page/);
    // Ctrl + wheel does zoom: the map is not dead, just polite.
    await h.page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => h.page.evaluate(() => scrollY)).toBe(0);
    await settle(frame);
    // Each try is a fresh Ctrl + wheel over the map, as a reader would repeat it; Chromium may still route
    // the first one to the page it just scrolled (wheel latching), which is no fault of the map.
    await expect
      .poll(async () => {
        await h.page.mouse.move(ibox.x + canvas.x, ibox.y + canvas.y);
        await h.page.keyboard.down('Control');
        await h.page.mouse.wheel(0, -300);
        await h.page.keyboard.up('Control');
        await settle(frame);
        return zoom();
      })
      .toBeGreaterThan(z0);
    await expectClean(h);
  });

  test('(e) select travels both ways: iframe → host CustomEvent, host API → iframe panel', async () => {
    const h = await openHost('loader.html');
    const frame = await mapFrame(h.page);
    await h.page.evaluate(() => {
      const w = window as unknown as { __events: unknown[] };
      w.__events = [];
      const div = document.getElementById('takedown')!;
      for (const t of ['select', 'deselect'])
        div.addEventListener(`takedown-map:${t}`, (e) =>
          w.__events.push([t, (e as CustomEvent).detail.country]),
        );
    });
    const historyLength = await h.page.evaluate(() => history.length);
    const events = () => h.page.evaluate(() => (window as unknown as { __events: unknown[] }).__events);
    await frame.locator('#op-participants [data-key="BE"]').click();
    await expect.poll(events).toEqual([['select', 'be']]);
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { select(c: string): void } }
      ).takedownMap.select('fr'),
    );
    await expect.poll(() => heading(frame)).toBe('France');
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { select(c: string): void } }
      ).takedownMap.select('hub'),
    );
    await expect.poll(() => heading(frame)).toBe('The Hague');
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { reset(): void } }
      ).takedownMap.reset(),
    );
    await expect.poll(() => heading(frame)).toBe('What happened');
    await expect.poll(events).toEqual([
      ['select', 'be'],
      ['select', 'fr'],
      ['select', 'hub'],
      ['deselect', null],
    ]);
    // The same channel drives the tour: { type: 'step', step: N } from the parent.
    await h.page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#takedown iframe')!
        .contentWindow!.postMessage({ source: 'takedown-map', type: 'step', step: 5 }, '*'),
    );
    await expect.poll(() => frame.locator('.op-tour__step').textContent()).toBe('Step 5 of 8');
    expect(await heading(frame)).toBe('United Kingdom');
    // The host keeps its focus and its back button: selections replace the iframe's history entry.
    expect(await h.page.evaluate(() => history.length)).toBe(historyLength);
    await expectClean(h);
  });

  test('(f) malformed or foreign messages change nothing and throw nowhere', async () => {
    const h = await openHost('loader.html');
    const frame = await mapFrame(h.page);
    await frame.locator('#op-participants [data-key="RO"]').click();
    await expect.poll(() => heading(frame)).toBe('Romania');
    // Every heading the panel shows from now on is recorded.
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __headings: string[] }).__headings = seen;
      const panel = document.querySelector('#op-panel')!;
      new MutationObserver(() => {
        const h = panel.querySelector('h2')?.textContent ?? '';
        if (h !== seen.at(-1)) seen.push(h);
      }).observe(panel, { childList: true, characterData: true, subtree: true });
      // A message the map sends itself is not from its parent: ignored too.
      window.postMessage({ source: 'takedown-map', type: 'reset' }, '*');
    });
    await h.page.evaluate(() => {
      const win = document.querySelector<HTMLIFrameElement>('#takedown iframe')!.contentWindow!;
      const S = 'takedown-map';
      const bad: unknown[] = [
        'reset',
        JSON.stringify({ source: S, type: 'reset' }),
        'pymxPYMxtakedownxPYMxheightxPYMx10',
        null,
        undefined,
        0,
        [],
        [S, 'reset'],
        { source: 'pym', type: 'reset' },
        { type: 'reset' },
        { source: S, type: 'navigate', url: 'https://example.com/' },
        { source: S, type: 'select', country: 'zz' },
        { source: S, type: 'select', country: 'France' },
        { source: S, type: 'select', country: ['fr'] },
        { source: S, type: 'select', country: 'fr'.repeat(1_000_000) },
        { source: S, type: 'reset', junk: 'x'.repeat(5_000_000) },
        JSON.parse(`{"source":"${S}","type":"reset","__proto__":{"polluted":true}}`),
        { source: S, type: 'height', height: 1e9 },
        new Uint8Array(1 << 20),
        { source: S, type: 'step', step: 99 },
        { source: S, type: 'step', step: '1' },
        { source: 'someone-else', type: 'step', step: 1 },
      ];
      for (const m of bad) win.postMessage(m, '*');
    });
    // A valid message sent after them, through the same channel, is the first change the panel shows.
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { select(c: string): void } }
      ).takedownMap.select('fr'),
    );
    await expect.poll(() => heading(frame)).toBe('France');
    expect(await frame.evaluate(() => (window as unknown as { __headings: string[] }).__headings)).toEqual([
      'France',
    ]);
    expect(await frame.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(h.page.url()).toBe(hosts.url + 'loader.html');
    expect(frame.url().startsWith(mapOrigin)).toBe(true);
    await expectClean(h);
  });

  test('the full page offers embed codes in a dialog: copy, Escape, focus back', async () => {
    const w = await suite.open(null);
    await w.page.goto(suite.url);
    const button = w.page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = w.page.getByRole('dialog', { name: 'Embed this map' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const codes = await dialog
      .locator('textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(codes).toHaveLength(3);
    expect(codes[0]).toContain(`src="${suite.url}?embed=1&amp;fit=1"`);
    expect(codes[1]).toContain(`<script src="${suite.url}embed.js" async></script>`);
    expect(codes[2]).toContain(`src="${suite.url}static-map-wide.png"`);
    await dialog.getByRole('button', { name: /Copy plain iframe/ }).click();
    await expect
      .poll(() => dialog.locator('.op-copy-status').first().textContent())
      .toMatch(/Copied|Selected/);
    await w.page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    await expectClean(w);
  });

  test('by keyboard: the Embed button is a named button before its dialog is fetched; Enter fetches the dialog (its own chunk) and opens it, Escape closes it, focus comes back', async () => {
    const w = await suite.open(null);
    await w.page.goto(suite.url);
    await waitForMapState(w.page, SETTLED);
    const dialogChunk = () => w.requests.filter((u) => /\/embed-dialog-[^/]*\.js$/.test(u));
    const button = w.page.getByRole('button', { name: 'Embed', exact: true });
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    // Nothing of the dialog until the reader goes to its button.
    expect(await w.page.locator('dialog').count()).toBe(0);
    expect(dialogChunk()).toEqual([]);
    await button.focus();
    await w.page.keyboard.press('Enter');
    const dialog = w.page.getByRole('dialog', { name: 'Embed this map' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(dialogChunk()).toHaveLength(1);
    expect(await w.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    // Again: the same dialog, no second request.
    await w.page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await w.page.locator('dialog').count()).toBe(1);
    expect(dialogChunk()).toHaveLength(1);
    await expectClean(w);
  });

  test('the loader code copied from dist/fr/2018-10-telegram/ works pasted into a host page: its loader beside the page, the page in French', async () => {
    const w = await suite.open('fr/2018-10-telegram/');
    await waitForMapState(w.page, SETTLED);
    await w.page.locator('.op-embed-button').first().click();
    const dialog = w.page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const codes = await dialog
      .locator('textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    const dir = `${suite.url}fr/2018-10-telegram/`;
    expect(codes[1]).toContain(`<script src="${dir}embed.js" async></script>`);
    expect(codes[2]).toContain(`src="${dir}static-map-wide.png"`);
    for (const file of ['embed.js', 'static-map-wide.png'])
      expect((await fetch(dir + file)).status, file).toBe(200);
    await expectClean(w);

    // Pasted as is into a page on another origin, under the host's strict CSP.
    hosts.add(
      'pasted.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>Host article</h1>${codes[1]}</main></body></html>`,
    );
    const h = await openHost('pasted.html');
    const frame = await mapFrame(h.page);
    expect(new URL(frame.url()).pathname).toBe('/fr/2018-10-telegram/');
    expect(
      await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.operation]),
    ).toEqual(['fr', '2018-10-telegram']);
    expect(h.requests).toContain(`${dir}embed.js`);
    // The loader sizes the iframe to the page's content.
    await expect.poll(async () => (await h.page.locator('iframe').boundingBox())!.height).not.toBe(720);
    await expectClean(h);
  });
});
