import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { GROUND, ROLE_COLOURS } from '../../src/data/palette.ts';
import {
  HAS_CHROMIUM,
  app,
  e2eSuite,
  expectClean,
  labelPixels,
  mapProbe,
  panelTitle,
  showFillsOnly,
  waitForMapState,
} from './harness.ts';

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const MADRID: [number, number] = [-3.7, 40.4];
type Rgb = number[];

/** Canvas colour at a real-world point, or at Belgium's label point. */
async function colours(page: Page): Promise<{ belgium: Rgb; spain: Rgb }> {
  const be = (await labelPixels(page)).Belgium!;
  const es = await mapProbe(page).pixel(MADRID);
  const png = PNG.sync.read(await page.screenshot());
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  return { belgium: at(be.x, be.y), spain: at(es.x, es.y) };
}
const near = (got: Rgb, want: string, what: string) => {
  const w = hex(want);
  expect(
    Math.hypot(got[0]! - w[0]!, got[1]! - w[1]!, got[2]! - w[2]!),
    `${what}: drawn ${got}, want ${w}`,
  ).toBeLessThan(24);
};
const visibleLegend = (page: Page) => app(page).legend.visible();

describe.skipIf(!HAS_CHROMIUM)('the story around the map, in Chromium', () => {
  const suite = e2eSuite();
  const open = (path = '', opts = {}) =>
    suite.open(path, { reducedMotion: 'reduce', colorScheme: 'light', ...opts });
  const clean = expectClean;

  test('each operation is its own page: the timeline link to June 2017 colours Spain, not Belgium', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    await showFillsOnly(w.page);
    const neutral = GROUND.light.land;
    let c = await colours(w.page);
    near(c.belgium, ROLE_COLOURS.lead, 'April 2018: Belgium');
    near(c.spain, neutral, 'April 2018: Spain');
    expect(await visibleLegend(w.page)).toEqual([
      'Lead1 country',
      'Digital evidence seized3 countries',
      'Servers seized3 countries',
      'Registrars identified1 country',
      'Coordination hubThe Hague',
    ]);

    await w.page.locator('[data-strike="2017-06"]').click();
    await expect.poll(() => new URL(w.page.url()).pathname).toBe('/2017-06/');
    // The same page again with the map exposed for the probes (?debug=1).
    await w.goto('2017-06/');
    await waitForMapState(w.page, ['ready']);
    await app(w.page).settle();
    expect(await visibleLegend(w.page)).toEqual([
      'Lead1 country',
      'Support1 country',
      'Europol (support)The Hague',
    ]);
    expect(await w.page.locator('[data-strike="2017-06"]').getAttribute('aria-current')).toBe('page');
    expect(await w.page.locator('#op-strike').textContent()).toBe('June 2017Led by: Spain (Guardia Civil)');
    expect(await w.page.locator('#op-panel').textContent()).toMatch(
      /Guardia Civil[\s\S]*more than 100 countries/,
    );
    await showFillsOnly(w.page);
    const es = await mapProbe(w.page).pixel(MADRID);
    const png = PNG.sync.read(await w.page.screenshot());
    const i = (Math.round(es.y) * png.width + Math.round(es.x)) * 4;
    c = { belgium: [0, 0, 0], spain: [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!] };
    near(c.spain, ROLE_COLOURS.lead, 'June 2017: Spain');
    await clean(w);
  });

  test('the claimed-attacks layer toggles, and its list is reachable and operable by keyboard', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    const visibility = () => a.map.layout('attacks', 'visibility');
    await a.settle();
    // Not drawn: the layer is added when first turned on (null: not in the style yet).
    expect(await visibility()).toBe(null);
    await w.page.locator('[data-action="attacks"]').focus();
    await a.press('Enter');
    expect(await visibility()).toBe('visible');
    expect(await w.page.locator('#op-attacks').textContent()).toMatch(
      /in 2016[\s\S]*official Islamic State statement/,
    );
    let found = '';
    for (let i = 0; i < 30 && !found; i++) {
      await w.page.keyboard.press('Tab');
      found = await w.page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.attack ?? '',
      );
    }
    expect(found).toBe('paris');
    await w.page.keyboard.press('Tab');
    await a.press('Enter');
    expect(await w.page.locator('[data-attack="brussels"]').getAttribute('aria-pressed')).toBe('true');
    expect(await w.page.locator('#op-attack-detail').textContent()).toMatch(
      /Brussels, 22 Mar 2016[\s\S]*Amaq carried the claim/,
    );
    expect(await a.map.rendered('attacks')).toContain('brussels');
    expect(await a.map.featureState('brussels', 'attacks')).toMatchObject({ selected: true });
    await a.click('[data-action="attacks"]');
    expect(await visibility()).toBe('none');
    await clean(w);
  });

  test('the tour steps by button, arrow keys, #step=N and host messages, frames each step, and exits', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    const indicator = () => w.page.locator('.op-tour__step').textContent();
    await w.page.locator('[data-tour="start"]').click();
    expect(await indicator()).toBe('Step 1 of 8');
    expect(await panelTitle(w.page)).toBe('The Hague');
    await w.page.locator('[data-tour="next"]').click();
    expect(await indicator()).toBe('Step 2 of 8');
    expect(await panelTitle(w.page)).toBe('Belgium');
    await w.page.keyboard.press('ArrowRight');
    expect(await indicator()).toBe('Step 3 of 8');
    expect(new URL(w.page.url()).hash).toBe('#step=3');
    const framed = async () => {
      const [west, south, east, north] = (await app(w.page).map.bounds()) as [number, number, number, number];
      const inView = [
        [2.3, 46.6],
        [25, 45.9],
        [25.4, 42.7],
      ].every(([x, y]) => x! >= west && x! <= east && y! >= south && y! <= north);
      return { inView, westOfMinus20: west < -20 };
    };
    // framed on FR, RO, BG, not the whole two-part view
    await app(w.page).settle();
    expect(await framed()).toEqual({ inView: true, westOfMinus20: false });
    await w.page.keyboard.press('ArrowLeft');
    expect(await indicator()).toBe('Step 2 of 8');

    // Host pages drive the tour only when the map is framed: see embed.e2e.test.ts.
    await w.page.evaluate(() => {
      location.hash = '#step=6';
    });
    await expect.poll(indicator).toBe('Step 6 of 8');
    expect(await w.page.locator('[data-strike="2018-04"]').getAttribute('aria-current')).toBe('page');

    await w.page.locator('[data-tour="next"]').focus();
    await w.page.keyboard.press('Escape');
    expect(await panelTitle(w.page)).toBe('What happened');
    expect(await w.page.locator('[data-tour="start"]').isVisible()).toBe(true);
    expect(new URL(w.page.url()).hash).toBe('');
    await clean(w);
  });

  test('#step=7 deep link opens the outlets step; #outlets opens the outlets panel', async () => {
    const w = await open('#step=7');
    await waitForMapState(w.page, ['ready']);
    expect(await w.page.locator('.op-tour__step').textContent()).toBe('Step 7 of 8');
    expect(await panelTitle(w.page)).toBe('Outlets targeted');
    await w.page.evaluate(() => {
      location.hash = '#outlets';
    });
    await expect.poll(() => w.page.locator('.op-tour__start').isVisible()).toBe(true);
    expect(await panelTitle(w.page)).toBe('Outlets targeted');
    expect(await w.page.locator('#op-panel').textContent()).toMatch(
      /nine languages[\s\S]*Halumu[\s\S]*Unconfirmed/,
    );
    await clean(w);
  });

  test('the downloads are served from the origin and parse', async () => {
    const w = await open();
    await waitForMapState(w.page, ['ready']);
    const got = await w.page.evaluate(async () => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.op-downloads a')].map((a) =>
        a.getAttribute('href'),
      );
      const text = async (u: string) => {
        const r = await fetch(u);
        if (!r.ok) throw new Error(`${u}: ${r.status}`);
        return r.text();
      };
      const csv = await text('data/participants.csv');
      const geo = JSON.parse(await text('data/takedown.geojson'));
      const json = JSON.parse(await text('data/operation.json'));
      const readme = await text('data/README.txt');
      return {
        links,
        csvRows: csv.split('\r\n').filter((l) => l !== '').length,
        header: csv.split('\r\n')[0],
        geoType: geo.type,
        geoKinds: [...new Set(geo.features.map((f: { properties: { kind: string } }) => f.properties.kind))],
        participants: json.operation.participants.length,
        readme,
      };
    });
    expect(got.links).toEqual([
      'data/participants.csv',
      'data/takedown.geojson',
      'data/operation.json',
      'data/README.txt',
    ]);
    expect(got.csvRows).toBe(9);
    expect(got.header).toMatch(/^code,numeric,name,roles,/);
    expect(got.geoType).toBe('FeatureCollection');
    expect(got.geoKinds).toEqual(['participant', 'spoke', 'hub', 'attack']);
    expect(got.participants).toBe(8);
    expect(got.readme).toMatch(/public domain/);
    await clean(w);
  });
});
