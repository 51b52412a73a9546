/** The spots tried around a point for a label that does not fit on its country, in order. Pure. */
import type { Px } from './pixel-boxes.ts';

/** Directions tried around a point, in order: east first (the Low Countries' labels then sit over land to the east or sea to the west). */
export const DIRECTIONS: readonly Px[] = [
  [1, 0],
  [1, -1],
  [0, -1],
  [-1, -1],
  [-1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
];
/** Distances, in pixels beyond the label's half size, tried in turn. */
export const RINGS = [4, 14, 28, 44];

/** The anchor of a label put in direction d of its point: the side of the label that faces the point. */
export function anchorFor([dx, dy]: Px): string {
  const v = dy < 0 ? 'bottom' : dy > 0 ? 'top' : '';
  const h = dx > 0 ? 'left' : dx < 0 ? 'right' : '';
  return v && h ? `${v}-${h}` : v || h || 'center';
}

/** The directions ordered by how well they point away from `from` (east first when there is no preference, or `at` is `from`). */
export function directionsAway(at: Px, from: Px | null): readonly Px[] {
  const vx = from ? at[0] - from[0] : 0,
    vy = from ? at[1] - from[1] : 0;
  if (Math.hypot(vx, vy) < 3) return from ? [...DIRECTIONS].sort((a, b) => a[1] - b[1]) : DIRECTIONS;
  const score = ([dx, dy]: Px) => -(dx * vx + dy * vy) / Math.hypot(dx, dy);
  return [...DIRECTIONS].sort((a, b) => score(a) - score(b));
}
