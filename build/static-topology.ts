/**
 * What the static picture draws, simplified once in topology space: the
 * composited shapes of MapData (countries, borders, spokes, leaders, after
 * the inset has been moved and scaled) become one topology (topojson-server),
 * so every shared border is one arc and neighbours keep sharing their edges;
 * topojson-simplify (Visvalingam) then drops every point whose triangle with
 * its neighbours covers less than STATIC_MIN_AREA_PX square pixels of the
 * picture (Mercator, at the picture's scale). Frame, labels and hub are the
 * live map's, untouched. Runs at build time and in the unit tests.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Operation } from '../src/data/types.ts';
import { buildMapData, type CountriesTopology, type MapData } from '../src/geo/build-map-data.ts';
import type { Orientation } from '../src/geo/layout.ts';
import { project } from '../src/geo/mercator.ts';
import { fitFrame, type Size } from '../src/geo/pixel-frame.ts';

/**
 * Points that move the outline by less than this many pixels are dropped. 0.8 px (0.6 before the languages):
 * the pages in Bulgarian carry twice the bytes of text (Cyrillic in UTF-8), and the two inline pictures giving up
 * 0.2 px of detail (2.2 KB gzip, not visible at 2×) keeps every page's first picture under 42 KB gzip.
 */
export const STATIC_MIN_AREA_PX = 0.8;

/** How far, in pixels, the middle point of a triangle of [lng, lat] points lies off the line through the other two, drawn at `k` pixels per Mercator unit. */
const pixelOffset =
  (k: number) =>
  (t: readonly (readonly number[])[]): number => {
    const [a, b, c] = t.map((p) => project([p[0]!, p[1]!]));
    const dx = c![0] - a![0],
      dy = c![1] - a![1],
      len = Math.hypot(dx, dy);
    const off = len
      ? Math.abs(dx * (b![1] - a![1]) - dy * (b![0] - a![0])) / len
      : Math.hypot(b![0] - a![0], b![1] - a![1]);
    return off * k;
  };

type Drawn = Pick<MapData, 'countries' | 'borders' | 'spokes' | 'leaders'>;

/** `data`'s outlines and lines for a picture of `size`, every point that changes it by less than `minAreaPx` gone. */
export function simplifyForPicture(data: MapData, size: Size, minAreaPx = STATIC_MIN_AREA_PX): MapData {
  const f = fitFrame(data.layout.frame, size);
  const k = f.toPx([180, 0])[0] - f.toPx([-180, 0])[0];
  const drawn: Drawn = {
    countries: data.countries,
    borders: data.borders,
    spokes: data.spokes,
    leaders: data.leaders,
  };
  const topo = topology(drawn);
  const simple = simplify(presimplify(topo as never, pixelOffset(k) as never), minAreaPx);
  const back = <K extends keyof Drawn>(name: K): Drawn[K] => {
    const fc = feature(simple, simple.objects[name]!) as FeatureCollection<Geometry | null>;
    return {
      ...data[name],
      features: fc.features.map((x, i) => ({
        ...data[name].features[i]!,
        geometry: (x.geometry ?? data[name].features[i]!.geometry) as never,
      })),
    };
  };
  return {
    ...data,
    countries: back('countries'),
    borders: back('borders'),
    spokes: back('spokes'),
    leaders: back('leaders'),
  };
}

/** What the static picture of `orientation` draws at `size` (default: the nominal size its labels were placed for). */
export function staticMapData(
  topo: CountriesTopology,
  op: Operation,
  orientation: Orientation,
  fine?: CountriesTopology,
  size?: Size,
): MapData {
  const data = buildMapData(topo, op, orientation, fine);
  return simplifyForPicture(data, size ?? data.placement.size);
}
