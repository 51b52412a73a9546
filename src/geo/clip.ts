/** Clipping to an axis-aligned box in degrees (Mercator keeps such boxes straight). */
import type { BBox, LngLat } from './mercator.ts';

type Edge = { inside: (p: LngLat) => boolean; cut: (a: LngLat, b: LngLat) => LngLat };

const lerp = (a: LngLat, b: LngLat, t: number): LngLat => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function edges([w, s, e, n]: BBox): Edge[] {
  const vertical = (x: number, keepGreater: boolean): Edge => ({
    inside: (p) => (keepGreater ? p[0] >= x : p[0] <= x),
    cut: (a, b) => lerp(a, b, (x - a[0]) / (b[0] - a[0])),
  });
  const horizontal = (y: number, keepGreater: boolean): Edge => ({
    inside: (p) => (keepGreater ? p[1] >= y : p[1] <= y),
    cut: (a, b) => lerp(a, b, (y - a[1]) / (b[1] - a[1])),
  });
  return [vertical(w, true), vertical(e, false), horizontal(s, true), horizontal(n, false)];
}

/** Sutherland–Hodgman: the part of a closed ring inside the box, or [] if none. */
export function clipRing(ring: readonly LngLat[], box: BBox): LngLat[] {
  let out: LngLat[] = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!, prev = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) out.push(edge.cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Liang–Barsky for each segment: the pieces of a polyline inside the box. */
export function clipLine(line: readonly LngLat[], [w, s, e, n]: BBox): LngLat[][] {
  const pieces: LngLat[][] = [];
  let current: LngLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!, b = line[i]!;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    let t0 = 0, t1 = 1, visible = true;
    for (const [p, q] of [[-dx, a[0] - w], [dx, e - a[0]], [-dy, a[1] - s], [dy, n - a[1]]] as const) {
      if (p === 0) { if (q < 0) { visible = false; break; } continue; }
      const r = q / p;
      if (p < 0) { if (r > t1) { visible = false; break; } if (r > t0) t0 = r; }
      else { if (r < t0) { visible = false; break; } if (r < t1) t1 = r; }
    }
    if (!visible) { if (current.length > 1) pieces.push(current); current = []; continue; }
    const start = lerp(a, b, t0), end = lerp(a, b, t1);
    if (current.length === 0) current.push(start);
    current.push(end);
    if (t1 < 1) { if (current.length > 1) pieces.push(current); current = []; }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}
