/**
 * buildMapData's edges, each built inside its test (so Stryker's mutant is
 * active while it computes): an operation that names no country is framed on
 * its hub at a regional scale, and the fine outlines replace the coarse parts
 * inside their window, keep the parts outside it and add the countries only
 * they have. The fine file here is a cut of the coarse one, not build/'s 1:50m.
 */
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData, type CountriesTopology } from '../../../src/geo/build-map-data.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();

/** The topology with only the countries `keep` says, and a bbox (the fine window) or none. */
const cut = (keep: (id: string) => boolean, bbox?: number[]): CountriesTopology => ({
  ...topo,
  bbox: bbox as CountriesTopology['bbox'],
  objects: {
    countries: {
      ...topo.objects.countries,
      geometries: topo.objects.countries.geometries.filter((g) => keep(String(g.id))),
    },
  },
});
const polygons = (d: ReturnType<typeof buildMapData>, key: string) =>
  d.countries.features
    .filter((f) => f.properties.key === key && f.properties.part === 'main')
    .flatMap((f) => f.geometry.coordinates);

// An operation that names no country is framed on its hub: mini-map-data.test.ts (the frame does not depend on
// the outlines).

describe('fine outlines', () => {
  const FR = '250',
    BE = '056',
    LU = '442';
  const coarse = cut((id) => id !== LU);
  const WINDOW = [-12, 34, 32, 62];
  // Built once, before Stryker activates a mutant: the unmutated reference.
  const plain = buildMapData(coarse, OPERATION, 'wide');

  test('replace the parts inside the window, keep those outside (French Guiana), add the countries only they have', () => {
    const fine = cut((id) => id === FR || id === BE || id === LU, WINDOW);
    const merged = buildMapData(coarse, OPERATION, 'wide', fine);
    // The fine France brings all its parts; the coarse part outside the window (French Guiana) stays beside them.
    expect(polygons(merged, 'FR')).toHaveLength(polygons(plain, 'FR').length + 1);
    expect(polygons(merged, 'BE')).toHaveLength(polygons(plain, 'BE').length);
    expect(plain.ids.has(LU)).toBe(false);
    expect(merged.ids.has(LU)).toBe(true);
    expect(merged.countries.features.some((f) => f.properties.key === LU)).toBe(true);
    expect(merged.ids.size).toBe(plain.ids.size + 1);
  });

  test('a fine file without a window is not used', () => {
    const noWindow = buildMapData(
      coarse,
      OPERATION,
      'wide',
      cut((id) => id === FR || id === LU),
    );
    expect(noWindow.ids).toEqual(plain.ids);
    expect(polygons(noWindow, 'FR')).toEqual(polygons(plain, 'FR'));
    const short = buildMapData(
      coarse,
      OPERATION,
      'wide',
      cut((id) => id === LU, [0, 0, 1]),
    );
    expect(short.ids).toEqual(plain.ids);
  });
});
