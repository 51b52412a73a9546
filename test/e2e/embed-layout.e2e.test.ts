/**
 * Issue 14: the embed as an article sees it, and the phone and tablet layouts.
 * Loader embeds in 375 and 640 px columns of a host page on another origin
 * (compact, steady height, map ≥ half); fit=1 frames at three sizes (no
 * overlapping boxes, map ≥ 60 %, no cut text); the host's theme command; the
 * guided tour at 390 × 844; a 768 px tablet; the table on a phone; copy link.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHostServer, type HostServer } from '../fixtures/host-server.ts';
import {
  expectClean,
  HAS_CHROMIUM,
  labelPixels,
  launch,
  openPage,
  panelTitle,
  settle,
  startServer,
  waitForMapState,
  type Server,
} from './harness.ts';

type Probe = { errors: string[]; csp: string[] };
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  name: string;
}
const SETTLED = ['ready', 'fallback', 'error'];

describe.skipIf(!HAS_CHROMIUM)('embeds and phones (issue 14)', () => {
  let server: Server;
  let hosts: HostServer;
  let browser: Browser;
  let mapOrigin: string;

  beforeAll(async () => {
    server = await startServer();
    mapOrigin = new URL(server.url).origin;
    hosts = await startHostServer(server.url);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hosts?.close();
    await server?.close();
  });

  /** A host page on another origin; requests may go to the host and the map only. */
  const openHost = async (file: string, width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 1000 } });
    const allowed = [new URL(hosts.url).origin, mapOrigin];
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || allowed.includes(new URL(url).origin))
        return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      const p = { errors: [] as string[], csp: [] as string[] };
      (window as unknown as { __probe: Probe }).__probe = p;
      window.addEventListener('error', (e) => p.errors.push(String(e.message)));
      document.addEventListener('securitypolicyviolation', (e) =>
        p.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(hosts.url + file);
    await expect
      .poll(() => page.frames().some((f) => f.url().startsWith(mapOrigin)), { timeout: 20_000 })
      .toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(mapOrigin))!;
    await frame.waitForFunction((s) => s.includes(document.documentElement.dataset.mapState ?? ''), SETTLED, {
      timeout: 40_000,
    });
    const iframe = page.locator('#takedown iframe');
    /** The iframe's height once it matches its content (the loader has applied the last height message). */
    const height = async () => {
      await expect
        .poll(
          async () => {
            const inner = await frame.evaluate(() =>
              Math.ceil(document.documentElement.getBoundingClientRect().height),
            );
            return Math.abs((await iframe.boundingBox())!.height - inner);
          },
          { timeout: 15_000 },
        )
        .toBeLessThanOrEqual(1);
      return (await iframe.boundingBox())!.height;
    };
    const clean = async () => {
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      const probe = (f: Page | Frame) => f.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
      expect(await probe(page)).toEqual({ errors: [], csp: [] });
      expect(await probe(frame)).toEqual({ errors: [], csp: [] });
      await context.close();
    };
    return { page, frame, iframe, height, clean };
  };
  const mapHeight = (f: Frame | Page) =>
    f.evaluate(() => document.querySelector('#op-map')!.getBoundingClientRect().height);
  /**
   * The map's buttons a card over the map (the panel or the running tour) hides: each button whose box
   * meets a shown card's, or whose centre is not the button to the pointer. Expects at least one card shown.
   */
  const buttonsUnderCard = (f: Frame | Page) =>
    f.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('#op-panel, #op-tour')]
        .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
        .map((el) => el.getBoundingClientRect());
      if (!cards.length) return ['no card shown'];
      const buttons = [...document.querySelectorAll<HTMLElement>('#op-map .maplibregl-ctrl button')];
      if (buttons.length < 4) return [`only ${buttons.length} buttons`];
      return buttons
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return (
            !b.contains(hit) ||
            cards.some(
              (c) =>
                Math.min(r.right, c.right) - Math.max(r.left, c.left) > 0 &&
                Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 0,
            )
          );
        })
        .map((b) => b.className);
    });

  test.each([
    [375, 375],
    [640, 800],
  ])(
    'the loader in a %i px column: ≤ 820 px tall, map ≥ half, steady as the reader clicks',
    async (column, viewport) => {
      const h = await openHost(`column-${column}.html`, viewport);
      expect((await h.iframe.boundingBox())!.width).toBe(column);
      const initial = await h.height();
      expect(initial).toBeLessThanOrEqual(820);
      expect(await mapHeight(h.frame)).toBeGreaterThanOrEqual(initial / 2);
      const steady = async () => {
        const now = await h.height();
        expect(Math.abs(now - initial) / initial).toBeLessThanOrEqual(0.1);
      };
      // Select France: the panel opens as a card inside the map's frame, not below it.
      await h.frame.locator('#op-participants [data-key="FR"]').click();
      await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('France');
      await steady();
      const inside = await h.frame.evaluate(() => {
        const m = document.querySelector('#op-map')!.getBoundingClientRect(),
          p = document.querySelector('#op-panel')!.getBoundingClientRect();
        return (
          p.height > 0 &&
          p.top >= m.top &&
          p.bottom <= m.bottom + 0.5 &&
          p.left >= m.left &&
          p.right <= m.right + 0.5
        );
      });
      expect(inside).toBe(true);
      // The card keeps clear of the map's buttons (zoom, reset, full screen): all in sight and clickable.
      expect(await buttonsUnderCard(h.frame)).toEqual([]);
      // Switch, deselect, a tour step and a strike from the host: still steady.
      await h.frame.locator('#op-participants [data-key="GB"]').click();
      await steady();
      await h.frame.locator('#op-participants [data-key="GB"]').click();
      await expect.poll(() => h.frame.locator('#op-panel').getAttribute('data-panel')).toBe('overview');
      await steady();
      await h.page.evaluate(() =>
        (
          document.getElementById('takedown') as unknown as { takedownMap: { step(n: number): void } }
        ).takedownMap.step(4),
      );
      await expect.poll(() => h.frame.locator('.op-tour__step').textContent()).toBe('Step 4 of 8');
      await steady();
      expect(await buttonsUnderCard(h.frame)).toEqual([]);
      // The full story is one tap away, with the view in its link.
      const full = h.frame.locator('.op-full-link');
      expect(await full.isVisible()).toBe(true);
      expect(await full.getAttribute('href')).toMatch(/#step=4$/);
      expect(await h.frame.locator('.op-edition').textContent()).toMatch(
        /^(Published|Updated) \d{1,2} \w+ \d{4}$/,
      );
      // The credit line (under the map since the issue-13 layout) is inside the graphic and visible.
      await expect.poll(() => h.frame.locator('.op-credit').isVisible()).toBe(true);
      expect(await h.frame.locator('.op-credit').textContent()).toContain('Sources:');
      await h.clean();
    },
  );

  test('the host switches the theme; malformed theme commands change nothing', async () => {
    const h = await openHost('column-640.html', 800);
    const theme = () =>
      h.frame.evaluate(() => ({
        attr: document.documentElement.dataset.theme ?? null,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
    const light = await theme();
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { theme(t: string): void } }
      ).takedownMap.theme('dark'),
    );
    await expect.poll(async () => (await theme()).attr).toBe('dark');
    const dark = await theme();
    expect(dark.bg).not.toBe(light.bg);
    await h.page.evaluate(() => {
      const win = document.querySelector<HTMLIFrameElement>('#takedown iframe')!.contentWindow!;
      const S = 'takedown-map';
      for (const m of [
        { source: S, type: 'theme', theme: 'light', extra: 1 },
        { source: S, type: 'theme', theme: 'sepia' },
        { source: S, type: 'theme' },
        { source: 'other', type: 'theme', theme: 'light' },
        { type: 'theme', theme: 'light' },
        JSON.stringify({ source: S, type: 'theme', theme: 'light' }),
      ])
        win.postMessage(m, '*');
    });
    // A well-formed command sent after them is the proof they were all processed (messages are delivered in order).
    await h.page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#takedown iframe')!
        .contentWindow!.postMessage({ source: 'takedown-map', type: 'select', country: 'be' }, '*'),
    );
    await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('Belgium');
    expect(await theme()).toEqual(dark);
    await h.page.evaluate(() =>
      (
        document.getElementById('takedown') as unknown as { takedownMap: { theme(t: string): void } }
      ).takedownMap.theme('light'),
    );
    await expect.poll(async () => (await theme()).bg).toBe(light.bg);
    await h.clean();
  });

  test('the host switches the language; the selection survives, malformed lang commands change nothing', async () => {
    const h = await openHost('column-640.html', 800);
    const api = (l: string) =>
      h.page.evaluate(
        (x) =>
          (
            document.getElementById('takedown') as unknown as { takedownMap: { lang(l: string): void } }
          ).takedownMap.lang(x),
        l,
      );
    await h.frame.locator('#op-participants [data-key="BE"]').click();
    await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('Belgium');
    await api('fr');
    await expect.poll(() => h.frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('Belgique');
    expect(await h.frame.locator('#op-participants [data-key="hub"]').textContent()).toMatch(/^La Haye/);
    await h.page.evaluate(() => {
      const win = document.querySelector<HTMLIFrameElement>('#takedown iframe')!.contentWindow!;
      for (const m of [
        { source: 'takedown-map', type: 'lang', lang: 'es' },
        { source: 'takedown-map', type: 'lang', lang: 'BG' },
        { source: 'takedown-map', type: 'lang', lang: 'bg', extra: 1 },
        { source: 'other', type: 'lang', lang: 'bg' },
      ])
        win.postMessage(m, '*');
      win.postMessage({ source: 'takedown-map', type: 'select', country: 'ro' }, '*');
    });
    await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('Roumanie');
    expect(await h.frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    await api('bg');
    await expect.poll(() => h.frame.locator('#op-panel h2').first().textContent()).toBe('Румъния');
    await h.frame.waitForFunction(() => document.documentElement.dataset.mapState === 'ready');
    await h.clean();
  });

  test.each([
    [640, 480],
    [640, 640],
    [375, 600],
  ])('fit=1 in a %i × %i frame: map ≥ 60 %, nothing overlaps, no text cut', async (width, height) => {
    const w = await openPage(browser, server.url, { viewport: { width, height } });
    await w.page.goto(`${server.url}?embed=1&fit=1`);
    await waitForMapState(w.page, SETTLED, 40_000);
    const layout = () =>
      w.page.evaluate(() => {
        const visible = (el: Element) => {
          const r = el.getBoundingClientRect();
          if (r.width <= 2 || r.height <= 2 || getComputedStyle(el).visibility === 'hidden') return false;
          // Visually hidden (clipped to nothing) here or in an ancestor.
          for (let a: Element | null = el; a; a = a.parentElement)
            if (getComputedStyle(a).clip === 'rect(0px, 0px, 0px, 0px)') return false;
          return true;
        };
        const box = (el: Element, name: string) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, w: r.width, h: r.height, name };
        };
        const boxes: Box[] = [];
        const map = document.querySelector('#op-map')!;
        boxes.push(box(map, 'map'));
        for (const el of document.querySelectorAll(
          '.op-legend__item, #op-participants .op-item, .op-title, .op-share > *, .op-footer > p:not(.op-share)',
        )) {
          if (visible(el))
            boxes.push(
              box(el, `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 24)}`),
            );
        }
        // Text that is clipped: a box with hidden overflow whose content is larger than it.
        const cut = [...document.querySelectorAll('body *')]
          .filter((el) => {
            if (
              !visible(el) ||
              el.closest('#op-map, .op-panel, .op-tour, .op-visually-hidden, .op-title__rest')
            )
              return false;
            const cs = getComputedStyle(el);
            if (cs.overflowX === 'visible' && cs.overflowY === 'visible' && cs.textOverflow !== 'ellipsis')
              return false;
            return (
              el.scrollWidth > el.clientWidth + 1 ||
              el.scrollHeight > el.clientHeight + 1 ||
              (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
            );
          })
          .map((el) => el.className || el.tagName);
        const d = document.documentElement;
        return { boxes, cut, sh: d.scrollHeight, ch: d.clientHeight, sw: d.scrollWidth, cw: d.clientWidth };
      });
    const l = await layout();
    expect(l.sh).toBeLessThanOrEqual(l.ch);
    expect(l.sw).toBeLessThanOrEqual(l.cw);
    expect(l.cut).toEqual([]);
    const map = l.boxes[0]!;
    expect(map.h / height).toBeGreaterThanOrEqual(0.6);
    const overlaps: string[] = [];
    for (let i = 0; i < l.boxes.length; i++)
      for (let j = i + 1; j < l.boxes.length; j++) {
        const a = l.boxes[i]!,
          b = l.boxes[j]!;
        const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x),
          y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (x > 0.5 && y > 0.5) overlaps.push(`${a.name} × ${b.name}`);
      }
    expect(overlaps).toEqual([]);
    for (const b of l.boxes) expect(b.y + b.h, b.name).toBeLessThanOrEqual(height + 0.5);
    // A selection opens inside the map's frame and the frame keeps its size.
    await w.page.evaluate(() => {
      location.hash = '#country=fr';
    });
    await expect.poll(() => panelTitle(w.page)).toBe('France');
    const card = await w.page.evaluate(() => {
      const m = document.querySelector('#op-map')!.getBoundingClientRect(),
        p = document.querySelector('#op-panel')!.getBoundingClientRect();
      return {
        inside: p.top >= m.top && p.bottom <= m.bottom + 0.5,
        mapH: m.height,
        sh: document.documentElement.scrollHeight,
      };
    });
    expect(card.inside).toBe(true);
    expect(card.mapH).toBeCloseTo(map.h, 0);
    expect(card.sh).toBeLessThanOrEqual(height);
    await expectClean(w);
  });

  // The key in two columns, each entry wrapping in its own: in German its five entries took a line each (140 px) and
  // left the map 102 px.
  test.each(['en', 'de', 'fr'])(
    'fit=1 in a 280 × 400 frame (%s): the map takes the row left to it, and the key shows whole under it',
    async (lang) => {
      const w = await openPage(browser, server.url, { viewport: { width: 280, height: 400 } });
      await w.page.goto(`${server.url}?embed=1&fit=1&lang=${lang}`);
      await waitForMapState(w.page, SETTLED, 40_000);
      const v = await w.page.evaluate(() => {
        const map = document.querySelector('#op-map')!.getBoundingClientRect();
        const items = [...document.querySelectorAll<HTMLElement>('.op-legend__item')].map((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            text: el.textContent,
            onTop: !!hit && el.contains(hit),
            inView: r.top >= 0 && r.bottom <= innerHeight,
          };
        });
        return {
          mapBottom: map.bottom,
          mapHeight: map.height,
          keyTop: document.querySelector('.op-legend')!.getBoundingClientRect().top,
          items,
        };
      });
      expect(v.keyTop).toBeGreaterThanOrEqual(v.mapBottom);
      expect(v.mapHeight).toBeGreaterThan(lang === 'en' ? 150 : 140);
      expect(v.items.length).toBeGreaterThan(3);
      expect(v.items).toEqual(v.items.map((i) => ({ text: i.text, onTop: true, inView: true })));
      await expectClean(w);
    },
  );

  test.each([
    [280, 400],
    [375, 600],
    [640, 480],
    [640, 640],
    [800, 600],
    [1200, 900],
  ])(
    'fit=1 in a %i × %i frame, France selected: the card covers none of the map’s buttons, cuts no role chip, and leaves France in view',
    async (width, height) => {
      const w = await openPage(browser, server.url, { viewport: { width, height } });
      await w.page.goto(`${server.url}?embed=1&fit=1&debug=1#country=fr`);
      await waitForMapState(w.page, SETTLED, 40_000);
      await expect.poll(() => panelTitle(w.page)).toBe('France');
      expect(await buttonsUnderCard(w.page)).toEqual([]);
      // Each chip lies wholly inside the card, in sight before any scroll, and no wider than the card's text.
      const chips = await w.page.evaluate(() => {
        const card = document.querySelector('#op-panel')!;
        card.scrollTop = 0;
        const c = card.getBoundingClientRect();
        const inner = card.clientWidth - 2 * parseFloat(getComputedStyle(card).paddingLeft);
        return [...card.querySelectorAll('.op-chip')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            text: el.textContent,
            inside: r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom,
            fits: r.width <= inner + 0.5 && el.scrollWidth <= el.clientWidth + 1,
          };
        });
      });
      expect(chips.length).toBeGreaterThan(0);
      expect(chips).toEqual(chips.map((c) => ({ text: c.text, inside: true, fits: true })));
      // The camera shows France where the card leaves the map free: its middle on the map, beside or above the
      // card, at a scale where France is a shape (a 640 × 480 frame once showed the whole world instead).
      await settle(w.page);
      const france = await w.page.evaluate(() => {
        const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
        const m = map.getCanvas().getBoundingClientRect();
        const c = document.querySelector('#op-panel')!.getBoundingClientRect();
        const p = map.project([2.5, 46.8]);
        const [x, y] = [m.left + p.x, m.top + p.y];
        const north = map.project([2.5, 51]).y,
          south = map.project([2.5, 42.4]).y;
        return {
          onMap: x > m.left && x < m.right && y > m.top && y < m.bottom,
          underCard: x > c.left && x < c.right && y > c.top && y < c.bottom,
          tall: south - north,
        };
      });
      expect(france, JSON.stringify(france)).toMatchObject({ onMap: true, underCard: false });
      expect(france.tall).toBeGreaterThan(50);
      await expectClean(w);
    },
  );

  // The card's heights were shares of the map's grid row, and the map is capped lower than its row on some screens:
  // at 800 × 600 and 1200 × 900 the card ran 5–24 px past the map's bottom edge.
  test.each([
    [280, 400],
    [375, 600],
    [640, 480],
    [800, 600],
    [1024, 768],
    [1200, 900],
  ])(
    'fit=1 in a %i × %i frame: the card over the map (France, the outlets, the hub, a tour step) stays inside the map’s box',
    async (width, height) => {
      const w = await openPage(browser, server.url, { viewport: { width, height } });
      await w.page.goto(`${server.url}?embed=1&fit=1`);
      await waitForMapState(w.page, SETTLED, 40_000);
      /** Each card shown over the map, with how far it runs out of the map's box on each side (px, > 0: out). */
      const cards = () =>
        w.page.evaluate(() => {
          const m = document.querySelector('#op-map')!.getBoundingClientRect();
          return [...document.querySelectorAll<HTMLElement>('#op-panel, #op-tour')]
            .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
            .map((el) => {
              const r = el.getBoundingClientRect();
              const out = (n: number) => Math.max(0, Math.round(n * 10) / 10);
              return {
                id: el.id,
                top: out(m.top - r.top),
                bottom: out(r.bottom - m.bottom),
                left: out(m.left - r.left),
                right: out(r.right - m.right),
              };
            });
        });
      const inside = (id: string) => ({ id, top: 0, bottom: 0, left: 0, right: 0 });
      // The overview: no card over the map.
      expect(await cards()).toEqual([]);
      await w.page.evaluate(() => {
        location.hash = '#country=fr';
      });
      await expect.poll(() => panelTitle(w.page)).toBe('France');
      await expect.poll(cards).toEqual([inside('op-panel')]);
      // The longest panels: as tall as the card may be.
      for (const [hash, title] of [
        ['#outlets', /outlets/i],
        ['#hub', /^The Hague$/],
      ] as const) {
        await w.page.evaluate((h) => {
          location.hash = h;
        }, hash);
        await expect.poll(() => panelTitle(w.page)).toMatch(title);
        await expect.poll(cards).toEqual([inside('op-panel')]);
      }
      await w.page.evaluate(() => {
        location.hash = '#step=3';
      });
      await expect.poll(() => w.page.locator('.op-tour__step').textContent()).toBe('Step 3 of 8');
      await expect.poll(cards).toEqual([inside('op-tour')]);
      await expectClean(w);
    },
  );

  test('the guided tour at 390 × 844: every step shows its label, its controls and ≥ 250 px of map, with no scroll jumps', async () => {
    const w = await openPage(browser, server.url, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await w.page.goto(`${server.url}#step=1`);
    await waitForMapState(w.page, SETTLED, 40_000);
    let lastY: number | null = null;
    for (let step = 1; step <= 8; step++) {
      await expect.poll(() => w.page.locator('.op-tour__step').textContent()).toBe(`Step ${step} of 8`);
      const v = await w.page.evaluate(() => {
        const vh = innerHeight;
        const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        const card = rect('#op-tour'),
          map = rect('#op-map'),
          label = rect('.op-tour__step'),
          next = rect('.op-tour__next'),
          prev = rect('.op-tour__prev');
        const mapVisible = Math.max(0, Math.min(map.bottom, vh, card.top) - Math.max(map.top, 0));
        const inView = (r: DOMRect) => r.top >= 0 && r.bottom <= vh && r.height > 0;
        return {
          y: scrollY,
          cardH: card.height,
          mapVisible,
          label: inView(label),
          next: inView(next),
          prev: inView(prev),
        };
      });
      expect(v.label).toBe(true);
      expect(v.next && v.prev).toBe(true);
      expect(v.mapVisible).toBeGreaterThanOrEqual(250);
      if (lastY !== null) expect(Math.abs(v.y - lastY)).toBeLessThanOrEqual(v.cardH);
      lastY = v.y;
      if (step < 8) await w.page.locator('.op-tour__next').click();
    }
    // Arrow keys and a swipe step back.
    await w.page.locator('.op-tour__next').focus();
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => w.page.locator('.op-tour__step').textContent()).toBe('Step 7 of 8');
    await w.page.locator('.op-tour__text').evaluate((el) => {
      const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 700 });
      el.dispatchEvent(
        new TouchEvent('touchstart', { bubbles: true, touches: [touch(300)], changedTouches: [touch(300)] }),
      );
      el.dispatchEvent(
        new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(120)] }),
      );
    });
    await expect.poll(() => w.page.locator('.op-tour__step').textContent()).toBe('Step 8 of 8');
    await expectClean(w);
  });

  test('on a 768 px tablet, tapping France on the map leaves the map in view and shows its panel', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 768, height: 1024 }, hasTouch: true });
    await w.page.goto(`${server.url}?debug=1`);
    await waitForMapState(w.page, ['ready'], 40_000);
    // The reader has the map in view and taps France on it.
    await w.page.evaluate(() => document.querySelector('#op-map')!.scrollIntoView({ block: 'start' }));
    await w.page.evaluate(
      () =>
        new Promise<void>((r) => {
          const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
          if (map.loaded() && !map.isMoving()) r();
          else void map.once('idle', () => r());
        }),
    );
    const fr = (await labelPixels(w.page)).France!;
    const before = await w.page.evaluate(() => scrollY);
    await w.page.touchscreen.tap(fr.x, fr.y - 12);
    await expect.poll(() => panelTitle(w.page)).toBe('France');
    // Let any scrolling finish, then the map must be on screen (at least half of it) and the panel's title too.
    await w.page.waitForFunction(
      () =>
        new Promise((r) => {
          let last = scrollY;
          let n = 0;
          const t = () => {
            n = scrollY === last ? n + 1 : 0;
            last = scrollY;
            if (n > 10) r(true);
            else requestAnimationFrame(t);
          };
          t();
        }),
    );
    const v = await w.page.evaluate(() => {
      const m = document.querySelector('#op-map')!.getBoundingClientRect(),
        p = document.querySelector('#op-panel h2')!.getBoundingClientRect();
      return {
        y: scrollY,
        mapShown: Math.max(0, Math.min(m.bottom, innerHeight) - Math.max(m.top, 0)) / m.height,
        title: p.top >= 0 && p.bottom <= innerHeight,
      };
    });
    expect(v.mapShown).toBeGreaterThanOrEqual(0.5);
    expect(v.title).toBe(true);
    // The page did not move: the panel came to the reader, not the reader to the panel.
    expect(Math.abs(v.y - before)).toBeLessThanOrEqual(40);
    await expectClean(w);
  });

  test('the table on a phone: a card per country with every column, no sideways scrolling, text in rem', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 375, height: 700 } });
    await w.page.goto(server.url);
    await waitForMapState(w.page, SETTLED, 40_000);
    await w.page.getByRole('button', { name: 'Show as a table' }).click();
    const t = await w.page.evaluate(() => {
      const wrap = document.querySelector('#op-table')!;
      const rows = [...wrap.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => {
          const r = td.getBoundingClientRect();
          return {
            label: getComputedStyle(td, '::before').content,
            shown: r.width > 0 && r.height > 0 && r.right <= innerWidth,
          };
        }),
      );
      const d = document.documentElement;
      return {
        rows,
        sw: d.scrollWidth,
        cw: d.clientWidth,
        wrapSw: wrap.scrollWidth,
        wrapCw: wrap.clientWidth,
      };
    });
    expect(t.sw).toBeLessThanOrEqual(t.cw);
    expect(t.wrapSw).toBeLessThanOrEqual(t.wrapCw);
    expect(t.rows).toHaveLength(9);
    for (const row of t.rows) {
      expect(row.map((c) => c.label)).toEqual([
        '"Role"',
        '"Authority"',
        '"What it did, and where sources differ"',
        '"Sources"',
      ]);
      expect(row.every((c) => c.shown)).toBe(true);
    }
    // Body text follows the browser's text size (rem), and names never break mid-word.
    await w.page.evaluate(() => {
      document.documentElement.style.fontSize = '32px';
    });
    expect(await w.page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
    await w.page.getByRole('button', { name: 'Show the map' }).click();
    const broken = await w.page.evaluate(() =>
      [...document.querySelectorAll('.op-item__name')]
        .filter((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return (el.textContent ?? '').split(' ').length < lines.size;
        })
        .map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    await expectClean(w);
  });

  test('"Copy link to this view" copies the page with the view in its hash', async () => {
    const w = await openPage(browser, server.url, {
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await w.page.goto(`${server.url}#country=fr`);
    await waitForMapState(w.page, SETTLED, 40_000);
    await w.page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => w.page.locator('.op-copy-link__status').textContent()).toBe('Link copied');
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}#country=fr`);
    expect(await w.page.locator('.op-edition').isVisible()).toBe(true);
    await expectClean(w);
  });
});
