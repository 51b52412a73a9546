/** Points along the great circle from a to b (spherical linear interpolation). */
import type { LngLat } from './mercator.ts';

const rad = Math.PI / 180;

export function greatCircle(a: LngLat, b: LngLat, steps = 32): LngLat[] {
  const [l0, p0] = [a[0] * rad, a[1] * rad];
  const [l1, p1] = [b[0] * rad, b[1] * rad];
  const v0 = [Math.cos(p0) * Math.cos(l0), Math.cos(p0) * Math.sin(l0), Math.sin(p0)] as const;
  const v1 = [Math.cos(p1) * Math.cos(l1), Math.cos(p1) * Math.sin(l1), Math.sin(p1)] as const;
  const dot = Math.min(1, Math.max(-1, v0[0] * v1[0] + v0[1] * v1[1] + v0[2] * v1[2]));
  const omega = Math.acos(dot);
  if (omega < 1e-9) return [a, b];
  const out: LngLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const k0 = Math.sin((1 - t) * omega) / Math.sin(omega), k1 = Math.sin(t * omega) / Math.sin(omega);
    const x = k0 * v0[0] + k1 * v1[0], y = k0 * v0[1] + k1 * v1[1], z = k0 * v0[2] + k1 * v1[2];
    out.push([Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad]);
  }
  return out;
}
