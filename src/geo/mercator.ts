/** Web Mercator in unit square coordinates (x, y in 0..1, y down), as MapLibre uses. */
export type LngLat = readonly [number, number];
export type Point = readonly [number, number];
/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

const MAX_LAT = 85.051129;

export function project([lng, lat]: LngLat): Point {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function unproject([x, y]: Point): LngLat {
  const lng = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lng, lat];
}

/** Bounding box of a list of positions. */
export function bboxOf(points: Iterable<LngLat>): BBox {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export const unionBBox = (a: BBox, b: BBox): BBox => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

/** Grow a box by a fraction of its size on every side, measured in Mercator space. */
export function padBBox(b: BBox, fraction: number): BBox {
  const [x0, y1] = project([b[0], b[1]]);
  const [x1, y0] = project([b[2], b[3]]);
  const dx = (x1 - x0) * fraction,
    dy = (y1 - y0) * fraction;
  const [w, s] = unproject([x0 - dx, y1 + dy]);
  const [e, n] = unproject([x1 + dx, y0 - dy]);
  return [w, s, e, n];
}

/** Do two boxes overlap (touching edges do not count)? */
export const bboxesMeet = (a: BBox, b: BBox): boolean =>
  a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
