/**
 * world-atlas rings that cross ±180° (Russia, Fiji, Antarctica) jump from +180
 * to −180 and draw bands across a MapLibre map. Unwrap their longitudes so
 * consecutive points differ by less than 180°; MapLibre draws longitudes past
 * 180 on the next world copy. A ring that circles the pole (Antarctica) is
 * closed along the pole-side edge.
 */
import type { LngLat } from './mercator.ts';

export function unwrapRing(ring: readonly LngLat[]): LngLat[] {
  const first = ring[0];
  if (!first) return [];
  const out: LngLat[] = [first];
  let offset = 0;
  for (let i = 1; i < ring.length; i++) {
    const prev = ring[i - 1]!,
      cur = ring[i]!;
    const d = cur[0] - prev[0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([cur[0] + offset, cur[1]]);
  }
  const last = out[out.length - 1]!;
  if (Math.abs(last[0] - first[0]) > 180) {
    const pole = first[1] < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  return out;
}
