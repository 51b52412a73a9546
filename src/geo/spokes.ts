/**
 * Spokes from the hub: gentle curves (quadratic in Mercator space) that end
 * where they reach the country's edge, bend away from the lead country
 * rather than cross it, and fan out so no two leave the hub along the same
 * line. Spokes into the inset are schematic (the inset is not where North
 * America is) and marked so. Pure.
 */
import { project, unproject, type LngLat, type Point } from './mercator.ts';
import { inside } from './pixel-boxes.ts';

export interface SpokeInput {
  readonly key: string;
  /** Where the spoke aims (the country's label point). */
  readonly to: LngLat;
  /** Outer ring of the country's largest polygon (composited coordinates). */
  readonly ring: readonly LngLat[];
  /** Into the inset: not a real route (the style may draw it differently). */
  readonly schematic?: boolean;
}

const STEPS = 24;
/** Bends tried, as a share of the spoke's length, smallest first. */
const BENDS = [0, 0.12, -0.12, 0.24, -0.24, 0.36, -0.36, 0.5, -0.5];
/** Spokes leaving the hub closer than this (radians) to one already drawn are penalised. */
const MIN_ANGLE = 0.2;

const curve = (a: Point, c: Point, b: Point, n = STEPS): Point[] =>
  Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n,
      u = 1 - t;
    return [
      u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
      u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    ] as Point;
  });

/** The curve up to where it first enters the ring (refined by bisection), or null if it starts inside. */
function cutAtEdge(points: Point[], ring: readonly Point[]): Point[] | null {
  if (inside(points[0]!, ring)) return null;
  for (let i = 1; i < points.length; i++) {
    if (!inside(points[i]!, ring)) continue;
    let lo = points[i - 1]!,
      hi = points[i]!;
    for (let k = 0; k < 12; k++) {
      const mid: Point = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2];
      if (inside(mid, ring)) hi = mid;
      else lo = mid;
    }
    return [...points.slice(0, i), lo];
  }
  return points;
}

/**
 * One polyline per country (or none, when the hub is inside it: the
 * Netherlands), bending round the other participants where it can and
 * round the `lead` always.
 */
export function buildSpokes(
  hub: LngLat,
  targets: readonly SpokeInput[],
  lead: ReadonlySet<string>,
): Map<string, LngLat[]> {
  const h = project(hub);
  const out = new Map<string, LngLat[]>();
  const angles: number[] = [];
  // Every participant is kept clear where a bend allows it; the lead always.
  const avoidPx = targets.map((t) => [t.key, t.ring.map(project), lead.has(t.key) ? 10 : 1] as const);
  // Nearest first: short spokes have the fewest ways round the lead.
  const order = [...targets].sort((a, b) => dist(h, project(a.to)) - dist(h, project(b.to)));
  for (const t of order) {
    const to = project(t.to),
      ring = t.ring.map(project);
    const len = dist(h, to);
    const nx = -(to[1] - h[1]) / len,
      ny = (to[0] - h[0]) / len;
    let best: { pts: Point[]; score: number } | null = null;
    for (const bend of BENDS) {
      const mid: Point = [(h[0] + to[0]) / 2 + nx * bend * len, (h[1] + to[1]) / 2 + ny * bend * len];
      const pts = cutAtEdge(curve(h, mid, to), ring);
      if (!pts || pts.length < 2) continue;
      const crosses = avoidPx.reduce(
        (sum, [k, r, w]) => sum + (k !== t.key && pts.some((p) => inside(p, r)) ? w : 0),
        0,
      );
      const angle = Math.atan2(pts[1]![1] - h[1], pts[1]![0] - h[0]);
      const crowd = angles.filter((a) => Math.abs(angleDiff(a, angle)) < MIN_ANGLE).length;
      const score = Math.abs(bend) + crosses + crowd * 0.3;
      if (!best || score < best.score) best = { pts, score };
    }
    if (!best) continue;
    angles.push(Math.atan2(best.pts[1]![1] - h[1], best.pts[1]![0] - h[0]));
    out.set(
      t.key,
      best.pts.map((p) => unproject(p)),
    );
  }
  return out;
}

const dist = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);
const angleDiff = (a: number, b: number) => Math.atan2(Math.sin(a - b), Math.cos(a - b));
