/** Clipping to an axis-aligned box in degrees (Mercator keeps such boxes straight), with lineclip. */
import { clipPolygon, clipPolyline } from 'lineclip';
import type { BBox, LngLat } from './mercator.ts';

/** The part of a closed ring inside the box, closed again, or [] if nothing is left. */
export function clipRing(ring: readonly LngLat[], box: BBox): LngLat[] {
  const out = clipPolygon(ring.slice(0, -1), box);
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** The pieces of a polyline inside the box. */
export const clipLine = (line: readonly LngLat[], box: BBox): LngLat[][] =>
  clipPolyline(line, box).filter((p) => p.length > 1);
