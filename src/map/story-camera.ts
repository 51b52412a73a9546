/**
 * Camera targets for the story: the union of some map keys' bounds (tour
 * steps, strikes), with padding that grows with the box. Keys outside the
 * participants (Spain for June 2017) fall back to the main polygon of their
 * country feature. Pure.
 */
import type { MapViewData } from '../geo/map-view-data.ts';
import type { MapKey } from '../data/types.ts';
import { bboxOf, project, unionBBox, type BBox } from '../geo/mercator.ts';
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

/**
 * How much a selected place's frame may grow (the ratio of a side's Mercator length, either side) to take in the
 * coordination hub: 1.6 × takes in The Hague with France, Belgium or the United Kingdom (so the spoke is whole
 * and the hub's dot is not cut at the frame's edge) and leaves Romania, Bulgaria and the inset's countries
 * framed on their own.
 */
export const HUB_GROWTH = 1.6;

/** The Mercator width and height of a box. */
const spans = (b: BBox): [number, number] => {
  const [x0, y1] = project([b[0], b[1]]);
  const [x1, y0] = project([b[2], b[3]]);
  return [x1 - x0, y1 - y0];
};

/**
 * The camera's bounds for one selected place: its own, with the coordination hub's when that grows the frame by
 * no more than HUB_GROWTH on either side (a hub at the frame's edge would be cut in half). The hub itself, and a
 * place the hub is in, keep their own; so does every place when `withHub` is false (a map too small to give up
 * any of the place's size).
 */
export function placeBounds(data: MapViewData, key: MapKey, withHub = true): BBox | null {
  const own = keyBounds(data, key);
  const hub = key === 'hub' || !withHub ? null : data.bounds['hub'];
  if (!own || !hub) return own;
  const grown = unionBBox(own, hub);
  const [w, h] = spans(own);
  const [gw, gh] = spans(grown);
  return Math.max(gw / w, gh / h) <= HUB_GROWTH ? grown : own;
}

/** A map box whose shorter side is under this many pixels frames a selected place alone (placeBounds()). */
export const HUB_ROOM_PX = 240;

/** Padding in pixels for a map box this wide: 16 on a phone, up to 72 on a desktop. */
export const framePadding = (width: number): number => Math.round(Math.min(72, Math.max(16, width * 0.05)));
