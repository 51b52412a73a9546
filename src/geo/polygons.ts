/** Small helpers over GeoJSON polygons as plain ring arrays. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { unwrapRing } from './antimeridian.ts';
import { project, type LngLat } from './mercator.ts';

/** A polygon as rings; ring 0 is the outer ring. */
export type Rings = LngLat[][];

const asLngLat = (p: Position): LngLat => [p[0]!, p[1]!];

/** Every polygon of a geometry, longitudes unwrapped across the antimeridian. */
export function polygonsOf(g: Polygon | MultiPolygon): Rings[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((rings) => rings.map((r) => unwrapRing(r.map(asLngLat))));
}

/** Area of a ring in Mercator units (shoelace), unsigned. */
export function ringArea(ring: readonly LngLat[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = project(ring[i - 1]!),
      [x1, y1] = project(ring[i]!);
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

/** The polygon with the largest outer ring: mainland France rather than French Guiana. */
export function largestPolygon(polys: readonly Rings[]): Rings {
  let best: Rings = [],
    bestArea = -1;
  for (const p of polys) {
    const a = p[0] ? ringArea(p[0]) : 0;
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  return best;
}

export const toGeometry = (polys: readonly Rings[]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: polys.map((rings) => rings.map((r) => r.map(([x, y]) => [round(x), round(y)]))),
});

/** Five decimals (about a metre) is far below what 110m geometry resolves. */
export const round = (v: number): number => Math.round(v * 1e5) / 1e5;
