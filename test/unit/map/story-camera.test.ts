import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { mapTextOf, toMapDataFile, withText } from '../../../src/geo/map-view-data.ts';
import type { BBox } from '../../../src/geo/mercator.ts';
import { keyBounds, placeBounds } from '../../../src/map/story-camera.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
const file = toMapDataFile(buildMapData(topo, OPERATION, 'wide'), buildMapData(topo, OPERATION, 'tall'));
const dataOf = (o: 'wide' | 'tall') =>
  withText(file, o, mapTextOf(OPERATION, 'North America\nsmaller scale'));
const [hx, hy] = OPERATION.hub.lngLat;
const holds = (b: BBox | null, x: number, y: number) =>
  b !== null && b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3];

describe('placeBounds(): a selected place frames the hub with it when that costs little', () => {
  for (const o of ['wide', 'tall'] as const) {
    const data = dataOf(o);
    test(`${o}: France, Belgium and the United Kingdom take in The Hague (the spoke whole, the dot not cut)`, () => {
      for (const key of ['FR', 'BE', 'GB'] as const) {
        const b = placeBounds(data, key);
        expect(holds(b, hx, hy), key).toBe(true);
        // With a margin round the dot, and the place's own frame kept inside.
        expect(holds(b, hx + 0.4, hy + 0.25) && holds(b, hx - 0.4, hy - 0.25), key).toBe(true);
        const own = keyBounds(data, key)!;
        expect(holds(b, own[0], own[1]) && holds(b, own[2], own[3]), key).toBe(true);
      }
    });
    test(`${o}: far places, the inset's and the hub keep their own frame`, () => {
      for (const key of ['RO', 'BG', 'CA', 'US', 'hub'] as const) {
        expect(placeBounds(data, key), key).toEqual(keyBounds(data, key));
      }
      expect(holds(placeBounds(data, 'RO'), hx, hy)).toBe(false);
    });
    test(`${o}: a map too small to spare any room frames the place alone`, () => {
      for (const key of ['FR', 'BE', 'GB'] as const)
        expect(placeBounds(data, key, false), key).toEqual(keyBounds(data, key));
    });
  }
});
