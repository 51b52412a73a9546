import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { GROUND, ROLE_COLOURS } from '../../src/data/palette.ts';
import {
  app,
  e2eSuite,
  expectClean,
  HAS_CHROMIUM,
  labelPixels,
  MAP_FAILED,
  panelTitle,
  showFillsOnly,
  waitForMapState,
} from './harness.ts';

const NAMES = [
  'Belgium',
  'Bulgaria',
  'Canada',
  'France',
  'Netherlands',
  'Romania',
  'United Kingdom',
  'United States',
];
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe.skipIf(!HAS_CHROMIUM)('the operation map in Chromium', () => {
  const suite = e2eSuite();
  const open = (path = '', opts = {}) => suite.open(path, opts);
  const clean = expectClean;
  /** Loading a page with a 404 on purpose logs one console error. */
  const NOT_FOUND = [/Failed to load resource: the server responded with a status of 404/, MAP_FAILED];

  test('reaches ready with no errors, no CSP violations and no request off the origin', async () => {
    const w = await open();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    expect(await panelTitle(w.page)).toBe('What happened');
    await clean(w);
  });

  test("starts MapLibre's worker as its chunk runs, before the map is made (map-worker.ts)", async () => {
    const w = await suite.open(null);
    // When the page creates a worker: MapLibre's is the only one.
    await w.page.addInitScript(() => {
      const Original = window.Worker;
      const at: number[] = [];
      (window as unknown as { __workersAt: number[] }).__workersAt = at;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          at.push(performance.now());
          super(url, options);
        }
      };
    });
    await w.goto();
    await waitForMapState(w.page, ['ready']);
    const t = await w.page.evaluate(() => ({
      workers: (window as unknown as { __workersAt: number[] }).__workersAt,
      // Marked once the chunk has been evaluated and awaited, before the map is made (load-map.ts).
      chunk: performance.getEntriesByName('takedown:chunk')[0]?.startTime ?? null,
    }));
    expect(t.workers).toHaveLength(1);
    expect(t.chunk).not.toBeNull();
    expect(t.workers[0]!).toBeLessThan(t.chunk!);
    await clean(w);
  });

  test('draws each participant in its role colour on the canvas', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await showFillsOnly(w.page);
    const points = await labelPixels(w.page);
    expect(Object.keys(points).sort()).toEqual(NAMES);
    const png = PNG.sync.read(await w.page.screenshot());
    for (const [name, p] of Object.entries(points)) {
      const i = (Math.round(p.y) * png.width + Math.round(p.x)) * 4;
      const got = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      const want = hex(ROLE_COLOURS[p.role as keyof typeof ROLE_COLOURS]);
      const distance = Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!);
      expect(distance, `${name} drawn ${got} want ${want}`).toBeLessThan(24);
    }
    await clean(w);
  });

  for (const [theme, forced] of [
    ['light', false],
    ['dark', false],
    ['dark', true],
  ] as const)
    test(`draws the sea in the palette's sea colour: the map box's background through the canvas (${theme}${forced ? ', forced colours' : ''})`, async () => {
      // The style has no background layer (build-style.ts): the canvas is transparent where nothing is drawn.
      // In forced colours the canvas keeps the palette's sea as it keeps the map's fills (not the system's Canvas).
      const w = await open(`?theme=${theme}`, forced ? { forcedColors: 'active', colorScheme: theme } : {});
      await waitForMapState(w.page, ['ready']);
      await showFillsOnly(w.page);
      // Open sea in the main frame at both sizes: the North Sea, the Bay of Biscay, the Adriatic.
      const points = await w.page.evaluate(() => {
        const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
        const rect = map.getCanvas().getBoundingClientRect();
        return (
          [
            [3, 55.5],
            [-4, 45.5],
            [15.5, 43],
          ] as const
        ).map((ll) => {
          const p = map.project([ll[0], ll[1]]);
          return { x: rect.left + p.x, y: rect.top + p.y };
        });
      });
      const png = PNG.sync.read(await w.page.screenshot());
      const want = hex(GROUND[theme].sea);
      for (const p of points) {
        const i = (Math.round(p.y) * png.width + Math.round(p.x)) * 4;
        const got = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        const distance = Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!);
        expect(distance, `sea at ${p.x},${p.y} drawn ${got} want ${want}`).toBeLessThan(4);
      }
      await clean(w);
    });

  test('compiles only the shader programs its layers need: no sky (skip-empty-sky.ts), no circle (hub-marks.ts)', async () => {
    // Each program is compiled and linked before the frame that first uses it (in software GL, tens of ms each):
    // read MapLibre's program cache (by program name) after the first frames, at both sizes. fillOutline stays: it
    // antialiases the coasts of the countries outside the operation, which no line covers (bench/results.md).
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 667 },
    ]) {
      const w = await open('', { viewport });
      await waitForMapState(w.page, ['ready']);
      await app(w.page).settle();
      const programs = await w.page.evaluate(() => {
        type Cached = { painter: { programCache: { programs: Record<string, unknown> } } };
        const map = (window as unknown as { __takedownMap: Cached }).__takedownMap;
        return [
          ...new Set(Object.keys(map.painter.programCache.programs).map((k) => k.split('/')[0])),
        ].sort();
      });
      expect(programs, `${viewport.width} px`).toEqual([
        'clippingMask',
        'fill',
        'fillOutline',
        'fillPattern',
        'lineSDF',
      ]);
      await clean(w);
    }
  });

  test('draws the hub (lines: hub-marks.ts) at every zoom, picks it there, and a hover and a click on it work', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await app(w.page).settle();
    const HAGUE: [number, number] = [4.2835, 52.093];
    // The dot in the hub's colour, and the map's picking finds the hub there, at every zoom (a line too short for
    // its tile's grid would vanish at some zooms).
    for (const zoom of [0, 1, 2.5, 3.7, 5, 6]) {
      await w.page.evaluate(
        ([z, c]) =>
          (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap.jumpTo({
            zoom: z,
            center: c,
          }),
        [zoom, HAGUE] as const,
      );
      await app(w.page).settle();
      const p = await app(w.page).map.pixel(HAGUE);
      const picked = await w.page.evaluate(
        ([x, y]) => {
          const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
          const r = map.getCanvas().getBoundingClientRect();
          // Picked at the dot's centre and 8 px off it (inside the halo: radius 9).
          const offsets: [number, number][] = [
            [0, 0],
            [8, 0],
            [0, -8],
          ];
          return offsets.map(
            ([dx, dy]) =>
              map.queryRenderedFeatures([x - r.left + dx, y - r.top + dy], { layers: ['hub', 'hub-halo'] })[0]
                ?.properties.key,
          );
        },
        [p.x, p.y] as const,
      );
      expect(picked, `zoom ${zoom}`).toEqual(['hub', 'hub', 'hub']);
      const png = PNG.sync.read(
        await w.page.screenshot({ clip: { x: p.x - 20, y: p.y - 20, width: 40, height: 40 } }),
      );
      const at = (dx: number, dy: number) => {
        const i = ((20 + dy) * png.width + 20 + dx) * 4;
        return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      };
      const want = hex(ROLE_COLOURS.hub);
      // Solid inside (radius 6), the halo (the page's paper colour, 90 %) at 7.5 px, not the dot beyond it.
      for (const [dx, dy] of [
        [0, 0],
        [-4, 0],
        [4, 0],
        [0, 4],
        [0, -4],
      ] as const) {
        const got = at(dx, dy);
        expect(
          Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!),
          `zoom ${zoom}: dot at ${dx},${dy} ${got}`,
        ).toBeLessThan(12);
      }
      for (const [dx, dy] of [
        [-8, 0],
        [8, 0],
        [0, 8],
        [0, -8],
      ] as const) {
        const got = at(dx, dy);
        expect(
          Math.hypot(got[0]! - want[0]!, got[1]! - want[1]!, got[2]! - want[2]!),
          `zoom ${zoom}: halo at ${dx},${dy} ${got}`,
        ).toBeGreaterThan(100);
      }
    }
    // Back at the overview: a hover marks the hub, a click on its dot selects The Hague.
    await w.page.keyboard.press('Escape');
    await w.page.evaluate(() =>
      (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap.jumpTo({ zoom: 3 }),
    );
    await app(w.page).settle();
    const h = await app(w.page).map.pixel(HAGUE);
    await w.page.mouse.move(h.x, h.y);
    await expect.poll(() => app(w.page).map.featureState('hub')).toMatchObject({ hover: true });
    await w.page.mouse.click(h.x, h.y);
    await expect.poll(() => panelTitle(w.page)).toBe('The Hague');
    await expect.poll(() => app(w.page).map.featureState('hub')).toMatchObject({ selected: true });
    await clean(w);
  });

  test('clicking a country on the map selects it: panel, list and URL follow', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await app(w.page).settle();
    const fr = (await labelPixels(w.page)).France!;
    await w.page.mouse.click(fr.x, fr.y + 12);
    await expect.poll(() => panelTitle(w.page)).toBe('France');
    await expect.poll(() => app(w.page).map.featureState('FR')).toMatchObject({ selected: true });
    expect(await w.page.locator('#op-panel').textContent()).toContain('Digital evidence seized');
    expect(new URL(w.page.url()).hash).toBe('#country=fr');
    expect(await w.page.locator('#op-participants [data-key="FR"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await clean(w);
  });

  test('a click paints the panel first: the map is told a frame after the panel frame', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await app(w.page).settle();
    // When the map is told France is selected: the panel's heading then, and how many frames began since the click.
    await w.page.evaluate(() => {
      type Probe = { frames: number; told: { heading: string | null; frames: number }[] };
      const probe: Probe = { frames: -1, told: [] };
      (window as unknown as { __order: Probe }).__order = probe;
      window.addEventListener('click', () => (probe.frames = 0), { capture: true });
      const tick = () => {
        if (probe.frames >= 0) probe.frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const map = (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap;
      const set = map.setFeatureState.bind(map);
      map.setFeatureState = (feature, state) => {
        if (feature.source === 'countries' && feature.id === 'FR' && state.selected === true)
          probe.told.push({
            heading: document.querySelector('#op-panel h2')?.textContent ?? null,
            frames: probe.frames,
          });
        return set(feature, state);
      };
    });
    await app(w.page).selectCountry('FR');
    await expect.poll(() => app(w.page).map.featureState('FR')).toMatchObject({ selected: true });
    const told = await w.page.evaluate(
      () => (window as unknown as { __order: { told: { heading: string; frames: number }[] } }).__order.told,
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.heading).toBe('France');
    // The panel's frame, then one more (its compositing is done before the map's WebGL commands arrive).
    expect(told[0]!.frames).toBeGreaterThanOrEqual(2);
    await clean(w);
  });

  test('selects by keyboard alone: Tab to the list, arrows, Enter; Escape returns focus', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-participants [data-key="BE"]').focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    expect(await panelTitle(w.page)).toBe('Canada');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Canada');
    await w.page.keyboard.press('Escape');
    expect(await panelTitle(w.page)).toBe('What happened');
    expect(await w.page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('CA');
    expect(new URL(w.page.url()).hash).toBe('');
    await clean(w);
  });

  test('the skip link reaches the participant list', async () => {
    const w = await open();
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toMatch(/Skip to the list/);
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('op-participants');
    await clean(w);
  });

  for (const [hash, title] of [
    ['#country=fr', 'France'],
    ['#country=UK', 'United Kingdom'],
    ['#hub', 'The Hague'],
    ['#country=us', 'United States'],
  ]) {
    test(`deep link ${hash} opens ${title}`, async () => {
      const w = await open(hash);
      await waitForMapState(w.page, ['ready']);
      expect(await panelTitle(w.page)).toBe(title);
      await clean(w);
    });
  }

  for (const hash of [
    '#country=zz',
    '#country=%E0%A4%A',
    '#<img src=x onerror=alert(1)>',
    `#country=${'a'.repeat(3000)}`,
    '#foo=bar&country=fr',
  ]) {
    test(`a bad hash (${hash.slice(0, 24)}) shows the overview and a notice, and nothing throws`, async () => {
      const w = await open(hash);
      await waitForMapState(w.page, ['ready']);
      expect(await panelTitle(w.page)).toBe('What happened');
      await expect.poll(() => w.page.locator('#op-notice').isVisible()).toBe(true);
      expect(await w.page.locator('#op-notice').textContent()).toMatch(/overview/);
      await clean(w);
    });
  }

  test('back and forward walk through selections', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await app(w.page).selectCountry('BE');
    await app(w.page).selectCountry('hub');
    expect(await panelTitle(w.page)).toBe('The Hague');
    await w.page.goBack();
    await expect.poll(() => panelTitle(w.page)).toBe('Belgium');
    await w.page.goBack();
    await expect.poll(() => panelTitle(w.page)).toBe('What happened');
    await w.page.goForward();
    await expect.poll(() => panelTitle(w.page)).toBe('Belgium');
    await clean(w);
  });

  test('a typed hash change selects without reload', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await w.page.evaluate(() => {
      location.hash = '#country=ro';
    });
    await expect.poll(() => panelTitle(w.page)).toBe('Romania');
    await clean(w);
  });

  test('when the geometry cannot be loaded, says so; the list and panels still work', async () => {
    // With the static picture inlined this is `fallback` (a working map), not `error` (see README, Static twin).
    const w = await suite.open(null, {}, { expectConsole: NOT_FOUND });
    await w.page.route(/map-data-[^/]*\.json$/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.goto();
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(/could not be loaded/);
    await app(w.page).selectCountry('NL');
    expect(await panelTitle(w.page)).toBe('Netherlands');
    await clean(w);
  });

  test('without WebGL the page falls back with a message and selection still works', async () => {
    const w = await suite.openWithoutWebGL('#hub');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('fallback');
    expect(await w.page.locator('#op-map-status').textContent()).toMatch(/WebGL2/);
    expect(await panelTitle(w.page)).toBe('The Hague');
    await app(w.page).selectCountry('BG');
    expect(await panelTitle(w.page)).toBe('Bulgaria');
    await clean(w);
  });
});
