/**
 * The map's labels are HTML over the canvas (src/map/label-overlay.ts): each
 * participant's name, placed at the overview and on its country closer in,
 * following the camera after a zoom and a pan; never two on top of each
 * other; a click on one selects its country, a hover names it.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../src/data/operation.ts';
import {
  app,
  e2eSuite,
  HAS_CHROMIUM,
  panelTitle,
  shownLabels,
  waitForMapState,
  type ShownLabel,
} from './harness.ts';

const NAMES = OPERATION.participants.map((p) => p.name);

/** Pairs of shown labels whose boxes overlap by more than a pixel's rounding. */
const overlapping = (labels: readonly ShownLabel[]) =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter(
        (b) =>
          Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x) > 1 &&
          Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y) > 1,
      )
      .map((b) => `${a.text} × ${b.text}`),
  );

/** The labels shown whose point is in the map's frame but whose box is not wholly inside it. */
const cutAtEdge = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
    const c = map.getCanvas().getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.op-labels .op-label[data-at]')]
      .filter((el) => getComputedStyle(el).visibility === 'visible')
      .filter((el) => {
        const p = map.project(el.dataset.at!.split(',').map(Number) as [number, number]);
        if (p.x < 0 || p.y < 0 || p.x > c.width || p.y > c.height) return false;
        const r = el.getBoundingClientRect();
        return (
          r.left < c.left - 0.5 || r.top < c.top - 0.5 || r.right > c.right + 0.5 || r.bottom > c.bottom + 0.5
        );
      })
      .map((el) => el.textContent);
  });

/** Move the camera and wait until it has drawn there. */
const jump = (page: Page, center: [number, number], zoomBy: number) =>
  page.evaluate(
    async ([c, dz]) => {
      const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
      map.jumpTo({ center: c, zoom: map.getZoom() + dz });
      await map.once('idle');
    },
    [center, zoomBy] as const,
  );

/**
 * For each close-in label shown clear of the map's edges: how far its box's centre is from its country's point,
 * projected now (a label at an edge is moved into the frame, off its point, on purpose).
 */
const offsets = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
    const rect = map.getCanvas().getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.op-labels [data-kind="close"]')]
      .filter((el) => getComputedStyle(el).visibility === 'visible')
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.left > rect.left + 4 &&
          r.top > rect.top + 4 &&
          r.right < rect.right - 4 &&
          r.bottom < rect.bottom - 4
        );
      })
      .map((el) => {
        const p = map.project(el.dataset.at!.split(',').map(Number) as [number, number]);
        const r = el.getBoundingClientRect();
        return {
          key: el.dataset.key!,
          dx: r.x + r.width / 2 - (rect.left + p.x),
          dy: r.y + r.height / 2 - (rect.top + p.y),
        };
      });
  });

/** The shown labels whose box meets one of the map's controls (its buttons), as "label × control". */
const underControls = (page: Page) =>
  page.evaluate(() => {
    const boxes = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0)
        .map((el) => ({ el, r: el.getBoundingClientRect() }));
    const controls = boxes('#op-map .maplibregl-ctrl');
    return boxes('.op-labels .op-label').flatMap(({ el, r }) =>
      controls
        .filter(
          ({ r: c }) =>
            Math.min(r.right, c.right) - Math.max(r.left, c.left) > 0 &&
            Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 0,
        )
        .map(({ el: c }) => `${el.textContent} × ${c.querySelector('button')?.className ?? 'control'}`),
    );
  });

describe.skipIf(!HAS_CHROMIUM)('the map’s HTML labels', () => {
  const suite = e2eSuite();

  // Close in, the hub's label takes the side of its dot that leaves the Netherlands' shown, on a phone too.
  test.each([
    { viewport: { width: 1280, height: 800 }, closeIn: ['BE', 'NL'] },
    { viewport: { width: 375, height: 667 }, closeIn: ['BE', 'NL'] },
  ])(
    '$viewport.width × $viewport.height: every participant named at the overview, none over another; close in on its country after a zoom and a pan',
    async ({ viewport, closeIn }) => {
      const w = await suite.open(null, { viewport });
      await w.goto();
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      const a = app(w.page);
      await a.settle();

      const overview = await shownLabels(w.page);
      expect(
        overview
          .filter((l) => l.kind === 'overview')
          .map((l) => l.text)
          .sort(),
      ).toEqual([...NAMES].sort());
      expect(overview.filter((l) => l.kind === 'hub').map((l) => l.text)).toEqual(['The Hague']);
      expect(overview.filter((l) => l.kind === 'title')).toHaveLength(1);
      expect(overview.filter((l) => l.kind === 'close')).toEqual([]);
      // Each label inside the map's box, and none on another.
      const box = (await w.page.locator('#op-map canvas').boundingBox())!;
      for (const l of overview) {
        expect(l.box.x, l.text).toBeGreaterThanOrEqual(box.x - 1);
        expect(l.box.x + l.box.width, l.text).toBeLessThanOrEqual(box.x + box.width + 1);
      }
      expect(overlapping(overview)).toEqual([]);

      // Close in on the Low Countries: the labels sit on their countries, the overview's are gone.
      await jump(w.page, [4.6, 51.2], 1.6);
      const close = await shownLabels(w.page);
      expect(close.filter((l) => l.kind === 'overview' || l.kind === 'hub')).toEqual([]);
      expect(close.filter((l) => l.kind === 'close').map((l) => l.key)).toEqual(
        expect.arrayContaining(closeIn),
      );
      expect(close.filter((l) => l.kind === 'close-hub').map((l) => l.text)).toEqual(['The Hague']);
      expect(overlapping(close)).toEqual([]);
      for (const o of await offsets(w.page)) expect(Math.hypot(o.dx, o.dy), o.key).toBeLessThan(2);

      // A pan: the labels follow the camera.
      await jump(w.page, [2.2, 48.0], 0);
      const panned = await offsets(w.page);
      expect(panned.map((o) => o.key)).toContain('FR');
      for (const o of panned) expect(Math.hypot(o.dx, o.dy), o.key).toBeLessThan(2);
      const afterPan = await shownLabels(w.page);
      expect(overlapping(afterPan)).toEqual([]);
      // A label whose point is in the frame is read whole: never cut at the map's edge (panned, and framing France).
      expect(await cutAtEdge(w.page)).toEqual([]);
      await a.selectCountry('FR');
      expect(await cutAtEdge(w.page)).toEqual([]);
    },
  );

  test.each([
    { name: '280 × 400 fit embed', viewport: { width: 280, height: 400 }, path: '?embed=1&fit=1' },
    { name: '375 × 667', viewport: { width: 375, height: 667 }, path: '' },
    { name: '1280 × 800', viewport: { width: 1280, height: 800 }, path: '' },
  ])(
    '$name: no label runs under the map’s buttons, at the overview, with the attacks’ labels, or close in',
    async ({ viewport, path }) => {
      const w = await suite.open(null, { viewport });
      await w.goto(path);
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      const a = app(w.page);
      await a.settle();
      const controls = await w.page.locator('#op-map .maplibregl-ctrl').count();
      expect(controls).toBeGreaterThanOrEqual(2);
      const overview = await shownLabels(w.page);
      // Every participant still named (the ones by the buttons moved, not dropped), none under a button; in the
      // 280 × 400 fit frame (a 174 px map) too: "United Kingdom", with no room where it was placed, reads beside
      // its country.
      const named = overview.filter((l) => l.kind === 'overview').map((l) => l.key);
      expect(named.sort()).toEqual(OPERATION.participants.map((p) => p.alpha2).sort());
      expect(overview.some((l) => l.key === 'hub')).toBe(true);
      expect(await underControls(w.page)).toEqual([]);
      expect(overlapping(overview)).toEqual([]);
      // The claimed attacks' labels, placed round the others, keep clear of them too.
      if (path === '') {
        await a.click('[data-action="attacks"]');
        await expect.poll(() => a.map.layout('attacks', 'visibility')).toBe('visible');
        await a.settle();
        await w.page.locator('#op-map').scrollIntoViewIfNeeded();
        expect(await underControls(w.page)).toEqual([]);
        expect(overlapping(await shownLabels(w.page))).toEqual([]);
      }
      // Close in with the Low Countries by the buttons (the top-right corner).
      await w.page.evaluate(async () => {
        const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
        const { width } = map.getCanvas().getBoundingClientRect();
        map.zoomTo(map.getZoom() + 1.2, { animate: false });
        const nl = map.project([5.4, 52.2]);
        map.panBy([nl.x - (width - 20), nl.y - 60], { animate: false });
        await map.once('idle');
      });
      const close = await shownLabels(w.page);
      expect(close.filter((l) => l.kind === 'close').length).toBeGreaterThan(0);
      expect(await underControls(w.page)).toEqual([]);
      expect(overlapping(close)).toEqual([]);
    },
  );

  // On a phone, Brussels's marker is ringed by the hub's, Belgium's and Paris's labels: its label goes further out
  // with a leader back to the marker.
  test.each([
    { width: 375, height: 667 },
    { width: 390, height: 844 },
  ])(
    '$width × $height, the claimed attacks on: every attack named, none over another or over a marker, the hemmed-in through a leader',
    async (viewport) => {
      const w = await suite.open(null, { viewport });
      await w.goto();
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      const a = app(w.page);
      await a.settle();
      await a.click('[data-action="attacks"]');
      await expect.poll(() => a.map.layout('attacks', 'visibility')).toBe('visible');
      await a.settle();
      await w.page.locator('#op-map').scrollIntoViewIfNeeded();
      const shown = await shownLabels(w.page);
      expect(
        shown
          .filter((l) => l.kind === 'attack')
          .map((l) => l.key)
          .sort(),
      ).toEqual(OPERATION.attacks.map((x) => x.id).sort());
      expect(overlapping(shown)).toEqual([]);
      expect(await underControls(w.page)).toEqual([]);
      // No label covers an attack's marker (the hub's name ran over Berlin's on a phone).
      const markers = await w.page.evaluate(
        (ats) => {
          const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
          const c = map.getCanvas().getBoundingClientRect();
          return ats.map((at) => {
            const p = map.project(at as [number, number]);
            return { x: c.left + p.x, y: c.top + p.y };
          });
        },
        OPERATION.attacks.map((x) => x.lngLat),
      );
      const onBox = (q: { x: number; y: number }, b: ShownLabel['box'], d: number) =>
        q.x >= b.x - d && q.x <= b.x + b.width + d && q.y >= b.y - d && q.y <= b.y + b.height + d;
      expect(shown.filter((l) => markers.some((m) => onBox(m, l.box, 0))).map((l) => l.text)).toEqual([]);
      // A label with no free spot near its marker is read through a leader: from the marker, to the label, through
      // no other label.
      const leaders = await w.page.evaluate(
        (ats) => {
          const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
          const c = map.getCanvas().getBoundingClientRect();
          return [...document.querySelectorAll<HTMLElement>('.op-label-leader')].flatMap((el) => {
            const r = el.getBoundingClientRect();
            if (getComputedStyle(el).visibility !== 'visible' || r.width + r.height <= 10) return [];
            const key = el.dataset.key!;
            const p = map.project(ats[key] as [number, number]);
            const m = new DOMMatrix(getComputedStyle(el).transform);
            const len = parseFloat(el.style.width);
            // The line's ends in the page: its origin and its far end, through its transform.
            const from = m.transformPoint(new DOMPoint(0, 0)),
              to = m.transformPoint(new DOMPoint(len, 0));
            return [
              {
                key,
                marker: { x: c.left + p.x, y: c.top + p.y },
                from: { x: c.left + from.x, y: c.top + from.y },
                to: { x: c.left + to.x, y: c.top + to.y },
              },
            ];
          });
        },
        Object.fromEntries(OPERATION.attacks.map((x) => [x.id, x.lngLat])),
      );
      expect(leaders.length).toBeGreaterThan(0);
      for (const leader of leaders) {
        expect(Math.hypot(leader.from.x - leader.marker.x, leader.from.y - leader.marker.y)).toBeLessThan(10);
        const label = shown.find((l) => l.key === leader.key)!;
        expect(onBox(leader.to, label.box, 1)).toBe(true);
        // Sampled along its length, the line enters no other label's box.
        const crossed = shown.filter(
          (l) =>
            l.key !== leader.key &&
            Array.from({ length: 41 }, (_, i) => ({
              x: leader.from.x + ((leader.to.x - leader.from.x) * i) / 40,
              y: leader.from.y + ((leader.to.y - leader.from.y) * i) / 40,
            })).some((q) => onBox(q, l.box, -1)),
        );
        expect(
          crossed.map((l) => l.text),
          leader.key,
        ).toEqual([]);
      }
    },
  );

  test('390 × 844, close in on the Netherlands: its label and the hub’s both read', async () => {
    const w = await suite.open(null, { viewport: { width: 390, height: 844 } });
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    await app(w.page).settle();
    await jump(w.page, [5.3, 52.2], 1.6);
    const close = await shownLabels(w.page);
    expect(close.filter((l) => l.kind === 'close').map((l) => l.key)).toEqual(
      expect.arrayContaining(['NL', 'BE']),
    );
    expect(close.filter((l) => l.kind === 'close-hub').map((l) => l.text)).toEqual(['The Hague']);
    expect(overlapping(close)).toEqual([]);
    expect(await underControls(w.page)).toEqual([]);
  });

  test('in a 280 × 400 fit embed, France selected: no label peeks from under the card over the map', async () => {
    const w = await suite.open(null, { viewport: { width: 280, height: 400 } });
    await w.goto('?embed=1&fit=1#country=fr');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    await app(w.page).settle();
    const card = (await w.page.locator('.op-panel:visible').boundingBox())!;
    const map = (await w.page.locator('#op-map canvas').boundingBox())!;
    // The card is in the map's frame.
    expect(card.y).toBeGreaterThan(map.y);
    expect(card.y).toBeLessThan(map.y + map.height);
    const shown = await shownLabels(w.page);
    expect(shown.map((l) => l.key)).toContain('FR');
    const under = shown.filter(
      (l) =>
        Math.min(l.box.x + l.box.width, card.x + card.width) - Math.max(l.box.x, card.x) > 0 &&
        Math.min(l.box.y + l.box.height, card.y + card.height) - Math.max(l.box.y, card.y) > 0,
    );
    expect(under.map((l) => l.text)).toEqual([]);
    expect(overlapping(shown)).toEqual([]);
  });

  // The labels re-read what the card covers when it changes size, camera move or not (a ResizeObserver).
  test.each([
    { width: 1200, height: 900, select: '#hub', grow: false },
    { width: 640, height: 480, select: '#outlets', grow: true },
  ])(
    '$width × $height fit embed: a card that opens taller ($select) or grows without a camera move hides no label under it',
    async ({ width, height, select, grow }) => {
      const w = await suite.open(null, { viewport: { width, height } });
      await w.goto('?embed=1&fit=1');
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      const a = app(w.page);
      await a.settle();
      await w.page.evaluate((hash) => {
        location.hash = hash;
      }, select);
      await expect.poll(() => w.page.locator('#op-panel').getAttribute('data-panel')).not.toBe('overview');
      await a.settle();
      const card = async () => (await w.page.locator('#op-panel').boundingBox())!;
      if (grow) {
        // Grow the card up to the middle of the lowest label above it: that label must give way, the camera stays.
        const c = await card();
        const above = (await shownLabels(w.page)).filter((l) => l.box.y + l.box.height <= c.y);
        expect(above.length).toBeGreaterThan(1);
        const low = above.reduce((p, q) => (q.box.y + q.box.height > p.box.y + p.box.height ? q : p));
        const px = Math.round(c.y + c.height - (low.box.y + low.box.height / 2));
        await w.page.evaluate((px) => {
          const el = document.querySelector<HTMLElement>('#op-panel')!;
          el.style.boxSizing = 'border-box';
          el.style.minHeight = `${px}px`;
        }, px);
        await expect.poll(async () => Math.round((await card()).height)).toBe(px);
      }
      const under = async () => {
        const c = await card();
        return (await shownLabels(w.page))
          .filter(
            (l) =>
              Math.min(l.box.x + l.box.width, c.x + c.width) - Math.max(l.box.x, c.x) > 0 &&
              Math.min(l.box.y + l.box.height, c.y + c.height) - Math.max(l.box.y, c.y) > 0,
          )
          .map((l) => l.text);
      };
      // Some labels are shown, and none under the card.
      expect((await shownLabels(w.page)).length).toBeGreaterThan(0);
      await expect.poll(under).toEqual([]);
    },
  );

  test('in a 640 px embed, France selected: the map frames the story above the card and no label runs into another (the inset title gives way)', async () => {
    const w = await suite.open(null, { viewport: { width: 640, height: 700 } });
    await w.goto('?embed=1#country=fr');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    await app(w.page).settle();
    const shown = await shownLabels(w.page);
    expect(shown.map((l) => l.key)).toContain('FR');
    expect(overlapping(shown)).toEqual([]);
  });

  test('a click on a label selects its country, a hover names it, a click on the hub’s selects the hub', async () => {
    const w = await suite.open();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const a = app(w.page);
    await a.settle();
    const label = (key: string, kind = 'overview') =>
      w.page.locator(`.op-labels [data-key="${key}"][data-kind="${kind}"]`);

    // The Netherlands' label is placed off its country (over Germany, with a leader): only the label can pick it there.
    await label('NL').hover();
    await expect.poll(() => w.page.locator('.op-tip').textContent()).toMatch(/^Netherlands · /);
    expect(await a.map.featureState('NL')).toMatchObject({ hover: true });

    await label('NL').click();
    await a.settle();
    await expect.poll(() => panelTitle(w.page)).toBe('Netherlands');
    expect(await a.map.featureState('NL')).toMatchObject({ selected: true });

    await w.page.keyboard.press('Escape');
    await a.settle();
    await label('hub', 'hub').click();
    await a.settle();
    await expect.poll(() => panelTitle(w.page)).toBe('The Hague');
  });

  test('the legend filter fades the labels of the countries without that role', async () => {
    const w = await suite.open();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const a = app(w.page);
    await a.settle();
    const opacity = (key: string) =>
      w.page
        .locator(`.op-labels [data-key="${key}"][data-kind="overview"]`)
        .evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity('FR')).toBe(1);
    await a.legend.toggle('lead');
    await expect.poll(() => opacity('FR')).toBeLessThan(0.5);
    expect(await opacity('BE')).toBe(1);
  });

  test.each([
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ])(
    '$width × $height: the swap from the static picture to the map does not move a label',
    async (viewport) => {
      const w = await suite.open(null, { viewport });
      await w.goto('?static=1');
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
      const picture = await w.page.evaluate(() => {
        const svg = [...document.querySelectorAll('svg.op-static')].find(
          (x) => getComputedStyle(x).display !== 'none',
        )!;
        return [...svg.querySelectorAll<SVGTextElement>('text.label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { key: t.dataset.key || 'hub', x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
      });
      expect(picture.map((l) => l.key).sort()).toEqual(
        [...OPERATION.participants.map((p) => p.alpha2), 'hub'].sort(),
      );
      await w.goto();
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      await app(w.page).settle();
      const map = await shownLabels(w.page);
      for (const l of picture) {
        const m = map.find((x) => x.key === l.key && (x.kind === 'overview' || x.kind === 'hub'))!;
        expect(m, l.key).toBeDefined();
        const d = Math.hypot(m.box.x + m.box.width / 2 - l.x, m.box.y + m.box.height / 2 - l.y);
        expect(d, `${l.key} moved ${d.toFixed(1)} px`).toBeLessThan(3);
      }
    },
  );

  test('the claimed attacks’ labels show with their layer, each clear of every other label, and go with it', async () => {
    const w = await suite.open();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const a = app(w.page);
    await a.settle();
    expect((await shownLabels(w.page)).filter((l) => l.kind === 'attack')).toEqual([]);
    await a.click('[data-action="attacks"]');
    await expect.poll(() => a.map.layout('attacks', 'visibility')).toBe('visible');
    await a.settle();
    const shown = await shownLabels(w.page);
    const attacks = shown.filter((l) => l.kind === 'attack');
    expect(attacks.map((l) => l.text)).toEqual(
      expect.arrayContaining(['Paris, 13 Nov 2015', 'Trèbes, 23 Mar 2018']),
    );
    expect(overlapping(shown)).toEqual([]);
    await a.click('[data-action="attacks"]');
    await expect.poll(async () => (await shownLabels(w.page)).filter((l) => l.kind === 'attack')).toEqual([]);
  });
});
