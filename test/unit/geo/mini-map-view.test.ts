/**
 * The map-data file round trip on the hand-made world (mini-world.ts), for
 * Stryker (the world-atlas version is map-data-file.test.ts): buildMapData →
 * toMapDataFile → withText gives the map what buildMapData gave, within the
 * file's 0.001°, with the names joined back by key.
 */
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData, INSET_NOTE, INSET_TITLE, type MapData } from '../../../src/geo/build-map-data.ts';
import { mapTextOf, toMapDataFile, withText } from '../../../src/geo/map-view-data.ts';
import { miniWorld } from './mini-world.ts';

const topo = miniWorld();
const TITLE = `${INSET_TITLE}\n${INSET_NOTE}`;

/** Equal, numbers within the file's precision (half of 0.001°, plus float noise). */
function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(5.01e-4);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}

describe('the map-data file, on the hand-made world', () => {
  test('decoded with the text joined, each orientation is what buildMapData gives the map', () => {
    const wide = buildMapData(topo, OPERATION, 'wide');
    const tall = buildMapData(topo, OPERATION, 'tall');
    const file = toMapDataFile(wide, tall);
    const text = mapTextOf(OPERATION, TITLE);
    for (const [orientation, built] of [
      ['wide', wide],
      ['tall', tall],
    ] as const) {
      const view = withText(JSON.parse(JSON.stringify(file)), orientation, text);
      for (const layer of [
        'labels',
        'leaders',
        'spokes',
        'hub',
        'hubLabel',
        'context',
        'insetFrame',
      ] as const)
        expectClose(view[layer], built[layer], `${orientation}.${layer}`);
      expect(view.layout).toEqual({ frame: built.layout.frame });
      expect(view.bounds).toEqual(built.bounds);
      // The countries: the main map's (from the wide data), then this orientation's inset, each in built order;
      // unnamed land has no name in the file (the map draws none).
      const main = wide.countries.features.filter((f) => f.properties.part === 'main');
      const inset = built.countries.features.filter((f) => f.properties.part === 'inset');
      const named = (f: MapData['countries']['features'][number]) => ({
        ...f,
        properties: { ...f.properties, name: f.properties.alpha2 ? f.properties.name : '' },
      });
      expectClose(view.countries.features, [...main, ...inset].map(named), `${orientation}.countries`);
      const borders = (d: MapData, part: string) =>
        d.borders.features.filter((f) => f.properties?.part === part);
      expectClose(
        view.borders.features,
        [...borders(wide, 'main'), ...borders(built, 'inset')],
        `${orientation}.borders`,
      );
    }
  });

  test('the file holds no text, and the inset title comes back only on the title point', () => {
    const wide = buildMapData(topo, OPERATION, 'wide');
    const file = toMapDataFile(wide, buildMapData(topo, OPERATION, 'tall'));
    const json = JSON.stringify(file);
    for (const name of ['Belgium', 'The Hague', 'Spain', INSET_TITLE]) expect(json).not.toContain(name);
    const view = withText(file, 'wide', mapTextOf(OPERATION, 'T'));
    expect(view.insetFrame.features.map((f) => f.properties)).toEqual([{}, { title: 'T' }]);
    expect(view.hub.features[0]!.properties.name).toBe('The Hague');
  });
});
