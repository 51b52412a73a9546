import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, test } from 'vitest';
import { HUB_MARK_FILTER, hubMarks } from '../../../src/map/hub-marks.ts';
import { MAX_ZOOM } from '../../../src/map/ids.ts';

const HAGUE: [number, number] = [4.2835, 52.093];
const hub: FeatureCollection<Point, { key: 'hub' }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { key: 'hub' }, geometry: { type: 'Point', coordinates: HAGUE } },
  ],
};
/** Where a longitude falls on MapLibre's grid at zoom z: 8192 units a tile, rounded as tiles store it. */
const gridX = (lng: number, z: number) => Math.round(((lng + 180) / 360) * 2 ** z * 8192);

describe('hubMarks()', () => {
  const marks = hubMarks(hub);

  test('one segment per tile zoom, 0 to the zoom cap, with the point’s key', () => {
    expect(marks.features.map((f) => f.properties.z)).toEqual([...Array(MAX_ZOOM + 1).keys()]);
    for (const f of marks.features) expect(f.properties.key).toBe('hub');
  });

  test('each is centred on the point, and its ends fall on two grid points one or two units apart at its zoom', () => {
    for (const f of marks.features) {
      const [[x0, y0], [x1, y1]] = f.geometry.coordinates as [[number, number], [number, number]];
      expect((x0 + x1) / 2).toBeCloseTo(HAGUE[0], 9);
      expect([y0, y1]).toEqual([HAGUE[1], HAGUE[1]]);
      const units = gridX(x1, f.properties.z) - gridX(x0, f.properties.z);
      // Fewer than one and MapLibre drops the line (nothing drawn); more than two and it shows as a stroke.
      expect(units, `zoom ${f.properties.z}`).toBeGreaterThanOrEqual(1);
      expect(units, `zoom ${f.properties.z}`).toBeLessThanOrEqual(2);
    }
  });

  test('the layer filter keeps exactly the segment of the tile’s zoom', () => {
    const filter = featureFilter(HUB_MARK_FILTER, 'layers[0].filter');
    for (let z = 0; z <= MAX_ZOOM; z++) {
      const kept = marks.features.filter((f) =>
        filter.filter({ zoom: z }, { type: 2, properties: f.properties } as never),
      );
      expect(
        kept.map((f) => f.properties.z),
        `tile zoom ${z}`,
      ).toEqual([z]);
    }
  });
});
