/** Where a country's label belongs: the pole of inaccessibility of its polygon, found in Mercator space. Pure. */
import polylabel from 'polylabel';
import { project, unproject, type LngLat } from './mercator.ts';
import { round, type Rings } from './polygons.ts';

export function labelPoint(rings: Rings): LngLat {
  const projected = rings.map((r) => r.map((p) => [...project(p)]));
  const [x, y] = polylabel(projected, 1e-5);
  const [lng, lat] = unproject([x ?? 0, y ?? 0]);
  return [round(lng), round(lat)];
}
