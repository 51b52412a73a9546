/** Points along the great circle from a to b: d3-geo's spherical interpolation, sampled evenly. */
import { geoInterpolate } from 'd3-geo';
import type { LngLat } from './mercator.ts';

export function greatCircle(a: LngLat, b: LngLat, steps = 32): LngLat[] {
  if (a[0] === b[0] && a[1] === b[1]) return [a, b];
  const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  return Array.from({ length: steps + 1 }, (_, i): LngLat => at(i / steps));
}
