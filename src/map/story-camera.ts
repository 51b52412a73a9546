/**
 * Camera targets for the story: the union of some map keys' bounds (tour
 * steps, strikes), with padding that grows with the box. Keys outside the
 * participants (Spain for June 2017) fall back to the main polygon of their
 * country feature. Pure.
 */
import type { MapViewData } from '../geo/map-view-data.ts';
import type { MapKey } from '../data/types.ts';
import { bboxOf, unionBBox, type BBox } from '../geo/mercator.ts';
import { largestPolygon, polygonsOf } from '../geo/polygons.ts';

export function keyBounds(data: MapViewData, key: MapKey): BBox | null {
  const known = data.bounds[key];
  if (known) return known;
  const f = data.countries.features.find((x) => x.properties.key === key && x.properties.part === 'main');
  if (!f) return null;
  const main = largestPolygon(polygonsOf(f.geometry));
  return main[0]?.length ? bboxOf(main[0]) : null;
}

/** Union of the bounds of `keys`; null when none of them is on the map. */
export function unionBounds(data: MapViewData, keys: readonly MapKey[]): BBox | null {
  const boxes = keys.map((k) => keyBounds(data, k)).filter((b): b is BBox => b !== null);
  return boxes.length ? boxes.reduce(unionBBox) : null;
}

/** Padding in pixels for a map box this wide: 16 on a phone, up to 72 on a desktop. */
export const framePadding = (width: number): number => Math.round(Math.min(72, Math.max(16, width * 0.05)));
