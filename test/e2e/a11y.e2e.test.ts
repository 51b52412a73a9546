import type { Map as MlMap } from 'maplibre-gl';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import {
  HAS_CHROMIUM,
  app,
  e2eSuite,
  expectClean,
  labelPixels,
  panelTitle,
  waitForMapState,
} from './harness.ts';
import { axeViolations as axe } from './axe.ts';

describe.skipIf(!HAS_CHROMIUM)('accessibility in every state', () => {
  const suite = e2eSuite();

  const states: [string, string, object][] = [
    ['overview', '', {}],
    ['a country selected', '#country=be', {}],
    ['the hub selected', '#hub', {}],
    ['dark theme', '?theme=dark#country=gb', { colorScheme: 'dark' }],
    ['375 px wide', '#country=ro', { viewport: { width: 375, height: 667 } }],
    ['embed mode', '?embed=1', { viewport: { width: 600, height: 800 } }],
    ['fallback (no WebGL map)', '?static=1#country=ca', {}],
    ['forced colours', '#country=nl', { forcedColors: 'active' }],
  ];
  for (const [name, path, opts] of states) {
    test(`axe finds no violations: ${name}`, async () => {
      const w = await suite.open(path, opts);
      await waitForMapState(w.page, ['ready', 'fallback']);
      expect(await axe(w.page)).toEqual([]);
      expect(w.errors).toEqual([]);
      await expectClean(w);
    });
  }

  for (const scheme of ['light', 'dark'] as const)
    test(`forced colours (${scheme}): the zoom buttons show their + and −`, async () => {
      // A dark-theme filter once inverted MapLibre's forced-colours icons into the button's own colour.
      const w = await suite.open('', { forcedColors: 'active', colorScheme: scheme });
      await waitForMapState(w.page, ['ready']);
      for (const name of ['Zoom in', 'Zoom out']) {
        const png = PNG.sync.read(await w.page.getByRole('button', { name, exact: true }).screenshot());
        // The middle half of the button (its borders left out): the icon's pixels stand out from the button's.
        const lum: number[] = [];
        for (let y = png.height >> 2; y < (png.height * 3) >> 2; y++)
          for (let x = png.width >> 2; x < (png.width * 3) >> 2; x++) {
            const i = (y * png.width + x) * 4;
            lum.push(0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!);
          }
        const sorted = [...lum].sort((a, b) => a - b);
        const ground = sorted[sorted.length >> 1]!;
        const icon = lum.filter((l) => Math.abs(l - ground) > 100).length;
        expect(icon, `${name}: pixels of its icon`).toBeGreaterThan(12);
      }
      await expectClean(w);
    });

  test('axe finds no violations: table view', async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-table-toggle').click();
    expect(await w.page.locator('#op-table table').isVisible()).toBe(true);
    expect(await w.page.locator('#op-table tbody tr').count()).toBe(9);
    expect(await axe(w.page)).toEqual([]);
    await expectClean(w);
  });

  test('the table by keyboard: a named toggle whose table is built when first shown; Enter shows it, Enter again the map', async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    const toggle = w.page.getByRole('button', { name: 'Show as a table' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('op-table');
    // Not built until the reader asks for it.
    expect(await w.page.locator('#op-table table').count()).toBe(0);
    await toggle.focus();
    await w.page.keyboard.press('Enter');
    const shown = w.page.getByRole('button', { name: 'Show the map' });
    await expect.poll(() => shown.getAttribute('aria-pressed')).toBe('true');
    expect(await w.page.locator('#op-table table').isVisible()).toBe(true);
    expect(await w.page.locator('#op-table tbody tr').count()).toBe(9);
    expect(await w.page.locator('#op-map').isVisible()).toBe(false);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await w.page.locator('#op-table').isVisible()).toBe(false);
    expect(await w.page.locator('#op-map').isVisible()).toBe(true);
    await expectClean(w);
  });

  test('keyboard only: every participant and the hub can be selected and its role read', async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    const expected: [string, string][] = [
      ['Belgium', 'Lead'],
      ['Bulgaria', 'Digital evidence seized'],
      ['Canada', 'Servers seized'],
      ['France', 'Digital evidence seized'],
      ['Netherlands', 'Servers seized'],
      ['Romania', 'Digital evidence seized'],
      ['United Kingdom', 'Registrars identified'],
      ['United States', 'Servers seized'],
      ['The Hague', 'Coordination hub'],
    ];
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Tab');
    for (const [i, [name, role]] of expected.entries()) {
      await w.page.keyboard.press('Enter');
      expect(await panelTitle(w.page)).toBe(name);
      expect(await w.page.locator('#op-panel .op-roles').textContent()).toContain(role);
      await w.page.keyboard.press('Escape');
      if (i < expected.length - 1) await w.page.keyboard.press('ArrowDown');
    }
    await expectClean(w);
  });

  test('the live region announces a selection', async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-participants [data-key="GB"]').click();
    expect(await w.page.locator('#op-announcer').textContent()).toBe(
      'Selected United Kingdom: Registrars identified.',
    );
    expect(await w.page.locator('#op-announcer').getAttribute('aria-live')).toBe('polite');
    await expectClean(w);
  });

  test('no horizontal scrolling at 320 px', async () => {
    const w = await suite.open('#country=us', { viewport: { width: 320, height: 640 } });
    await waitForMapState(w.page, ['ready']);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectClean(w);
  });

  test('on a phone the panel is a bottom sheet that leaves the selected country in sight', async () => {
    const w = await suite.open('', { viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });
    await waitForMapState(w.page, ['ready']);
    await app(w.page).selectCountry('RO');
    const sheet = await w.page
      .locator('#op-panel')
      .evaluate((el) => ({ position: getComputedStyle(el).position, top: el.getBoundingClientRect().top }));
    expect(sheet.position).toBe('fixed');
    const ro = (await labelPixels(w.page)).Romania!;
    expect(ro.y).toBeGreaterThan(0);
    expect(ro.y).toBeLessThan(sheet.top);
    expect(ro.x).toBeGreaterThan(0);
    expect(ro.x).toBeLessThan(375);
    await expectClean(w);
  });

  test('touch targets are at least 44 px at 375 px', async () => {
    const w = await suite.open('?static=1', { viewport: { width: 375, height: 667 } });
    await waitForMapState(w.page, ['fallback']);
    const small = await w.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, [role="button"]')]
        .filter((b) => b.offsetParent !== null && !b.closest('.maplibregl-ctrl'))
        .map((b) => ({
          name: b.textContent?.trim().slice(0, 30),
          h: b.getBoundingClientRect().height,
          w: b.getBoundingClientRect().width,
        }))
        .filter((b) => b.h < 44 || b.w < 44),
    );
    expect(small).toEqual([]);
    await expectClean(w);
  });

  test('in forced colours the swatches keep their role colours and the selection stays visible', async () => {
    const w = await suite.open('?static=1#country=fr', { forcedColors: 'active' });
    await waitForMapState(w.page, ['fallback']);
    const swatch = await w.page
      .locator('#op-participants [data-key="BE"] .op-swatch')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(swatch).toBe('rgb(213, 94, 0)');
    const outline = await w.page
      .locator('#op-participants [data-key="FR"]')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await expectClean(w);
  });

  test('the legend filters by role: map and list fade what lacks it, a second press clears it', async () => {
    const w = await suite.open('');
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    const dim = async (key: string) => (await a.map.featureState(key)).dim === true;
    await w.page.locator('#op-legend [data-role="servers"]').focus();
    await a.press('Enter');
    expect(await a.legend.pressed('servers')).toBe(true);
    expect(await a.dimmedInList('BE')).toBe(true);
    expect(await a.dimmedInList('NL')).toBe(false);
    expect(await dim('BE')).toBe(true);
    expect(await dim('NL')).toBe(false);
    await a.legend.toggle('servers');
    expect(await a.legend.pressed('servers')).toBe(false);
    expect(await dim('BE')).toBe(false);
    expect(await a.dimmedInList('BE')).toBe(false);
    await expectClean(w);
  });

  test('pinch-zoom of the page is never disabled', async () => {
    const w = await suite.open('');
    const viewport = await w.page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
    await expectClean(w);
  });

  /**
   * What a selection does on a phone, measured without timing: each camera
   * move is a jump if its `moveend` comes in the same task as its `movestart`
   * (an animation ends frames later), and the page scroll is instant if the
   * map is at the top of the viewport right after the click, in the same task.
   */
  async function motionOfSelecting(reduce: boolean) {
    const w = await suite.open('', {
      viewport: { width: 375, height: 667 },
      reducedMotion: reduce ? 'reduce' : 'no-preference',
    });
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    await a.participant('RO').scrollIntoViewIfNeeded();
    await a.settle();
    const mapTop = () =>
      w.page.evaluate(() => Math.round(document.querySelector('#op-map')!.getBoundingClientRect().top));
    expect(await mapTop(), 'the list is scrolled into view, the map above it').toBeLessThan(0);
    const topAfterClick = await w.page.evaluate(() => {
      const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
      const jumps: boolean[] = [];
      let sameTask = false;
      map.on('movestart', () => {
        sameTask = true;
        queueMicrotask(() => {
          sameTask = false;
        });
      });
      map.on('moveend', () => {
        jumps.push(sameTask);
      });
      (window as unknown as { __jumps: boolean[] }).__jumps = jumps;
      document.querySelector<HTMLElement>('#op-participants [data-key="RO"]')!.click();
      return Math.round(document.querySelector('#op-map')!.getBoundingClientRect().top);
    });
    await a.settle();
    // Either way the map ends at the top of the viewport with Romania in sight.
    await expect.poll(mapTop).toBe(0);
    const ro = (await labelPixels(w.page)).Romania!;
    expect(ro.x > 0 && ro.x < 375 && ro.y > 0, 'Romania is in view').toBe(true);
    const jumps = await w.page.evaluate(() => (window as unknown as { __jumps: boolean[] }).__jumps);
    await expectClean(w);
    return { jumps, topAfterClick };
  }

  test('with reduced motion a selection moves the camera and scrolls the page without animation; without it, both animate', async () => {
    const still = await motionOfSelecting(true);
    expect(still.jumps.length, 'the camera moved').toBeGreaterThan(0);
    expect(still.jumps, 'every camera move is a jump').not.toContain(false);
    expect(still.topAfterClick, 'the page scrolled at once').toBe(0);
    // The same selection without the preference animates: the measure above can tell the difference.
    const moving = await motionOfSelecting(false);
    expect(moving.jumps, 'the camera animates').toContain(false);
    expect(moving.topAfterClick, 'the page scrolls smoothly').not.toBe(0);
  });
});
