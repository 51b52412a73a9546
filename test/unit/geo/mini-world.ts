/**
 * A hand-made world for the map-data tests that Stryker runs for every mutant
 * (test/mutation/vitest.config.ts): each country a few rough polygons where
 * the real one lies, built into a topology in milliseconds instead of loading
 * the 1:110m world atlas. Enough to exercise what buildMapData does: several
 * parts per country (France with French Guiana, the US with Alaska and
 * Hawaii), neighbours in the Low Countries crowding the hub's labels, North
 * America for the inset, unnamed land (Spain, Germany outside the operations
 * that name them), a country without an id, and one across the antimeridian.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { CountriesTopology } from '../../../src/geo/build-map-data.ts';

type Box = readonly [number, number, number, number];

/** A closed counter-clockwise ring round a box. */
const ring = ([w, s, e, n]: Box): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

const country = (id: string | undefined, name: string, ...parts: (Box | [number, number][])[]): Feature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { name },
  geometry: {
    type: 'MultiPolygon',
    coordinates: parts.map((p) => [typeof p[0] === 'number' ? ring(p as Box) : (p as [number, number][])]),
  } satisfies MultiPolygon,
});

/** The countries, by ISO numeric id (zero-padded, as world-atlas has them). */
export const MINI_COUNTRIES: Feature[] = [
  // France (its north edge shared with Belgium) and French Guiana (the larger part is the one labelled).
  country(
    '250',
    'France',
    [
      [-4.5, 42.5],
      [7.5, 42.5],
      [7.5, 49.4],
      [6.3, 49.4],
      [2.6, 49.4],
      [-4.5, 49.4],
      [-4.5, 42.5],
    ],
    [-54, 2.2, -51.7, 5.7],
  ),
  country('056', 'Belgium', [2.6, 49.4, 6.3, 51.4]),
  country('528', 'Netherlands', [3.4, 51.4, 7.1, 53.4]),
  country('276', 'Germany', [7.2, 47.4, 15, 54.8]),
  country('826', 'United Kingdom', [-5.6, 50.1, 1.7, 55.8], [-8, 54.1, -5.7, 55.3]),
  country('724', 'Spain', [-9.2, 36.1, 3.2, 42.4]),
  country('380', 'Italy', [
    [7, 44],
    [13.7, 46.5],
    [18.5, 40.2],
    [15.6, 38],
    [12.4, 41.8],
    [7, 44],
  ]),
  country('642', 'Romania', [20.3, 43.7, 29.6, 48.2]),
  country('100', 'Bulgaria', [22.4, 41.3, 28.5, 44.1]),
  // Canada's south edge runs along the lower 48's north edge (a shared border for the inset's border lines).
  country(
    '124',
    'Canada',
    [
      [-141, 49],
      [-124, 49],
      [-67, 49],
      [-53, 49],
      [-53, 70],
      [-141, 70],
      [-141, 49],
    ],
    [-120, 72, -75, 82],
  ),
  // The lower 48, Alaska (north of 24°, adjoining Canada) and Hawaii (south of 24°).
  country(
    '840',
    'United States of America',
    [-124, 25, -67, 49],
    [-168, 55, -141, 71],
    [-160, 19, -155, 22.2],
  ),
  country('484', 'Mexico', [-117, 15, -87, 32]),
  // Across the antimeridian, as world-atlas draws Russia's far east (longitudes past 180 wrap).
  country(
    '643',
    'Russia',
    [
      [170, 62],
      [180, 62],
      [180, 70],
      [170, 70],
      [170, 62],
    ],
    [
      [-180, 64],
      [-172, 64],
      [-172, 68],
      [-180, 68],
      [-180, 64],
    ],
    [28, 45, 60, 68],
  ),
  // No id: keyed by its name.
  country(undefined, 'N. Cyprus', [33, 35.1, 34.5, 35.6]),
];

const collection = (features: Feature[]): FeatureCollection<Polygon | MultiPolygon> =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection<Polygon | MultiPolygon>;

/** The hand-made world as a topology like world-atlas's `countries-110m.json`. */
export function miniWorld(features: Feature[] = MINI_COUNTRIES): CountriesTopology {
  return topology({ countries: collection(features) }, 1e5) as unknown as CountriesTopology;
}

/** A "fine" file: the given countries, with the window (bbox) build/fine-outlines.ts writes. */
export function miniFine(features: Feature[], window?: readonly number[]): CountriesTopology {
  const t = miniWorld(features);
  return { ...t, bbox: window as CountriesTopology['bbox'] };
}
