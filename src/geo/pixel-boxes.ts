/**
 * Boxes and rings in screen pixels, for label placement (src/geo/label-placement.ts): overlap, a point in a
 * polygon, a box touching a polygon, and the box around a point. Pure.
 */

/** A point in pixels. */
export type Px = readonly [number, number];
/** [x0, y0, x1, y1] in pixels. */
export type PxBox = readonly [number, number, number, number];

export const boxesOverlap = (a: PxBox, b: PxBox): boolean =>
  a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** The box grown by `by` pixels on every side. */
export const grownBox = (b: PxBox, by: number): PxBox => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

/** The box's corners, clockwise from the top left. */
export const boxCorners = (b: PxBox): Px[] => [
  [b[0], b[1]],
  [b[2], b[1]],
  [b[2], b[3]],
  [b[0], b[3]],
];

export function inside([x, y]: Px, ring: readonly Px[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!,
      [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const segmentsCross = (a: Px, b: Px, c: Px, d: Px): boolean => {
  const o = (p: Px, q: Px, r: Px) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
};

/** Does the box touch the polygon (a corner inside it, a vertex inside the box, or crossing edges)? */
export function boxMeetsRing(b: PxBox, ring: readonly Px[]): boolean {
  const corners = boxCorners(b);
  if (corners.some((c) => inside(c, ring))) return true;
  if (ring.some(([x, y]) => x > b[0] && x < b[2] && y > b[1] && y < b[3])) return true;
  for (let i = 1; i < ring.length; i++)
    for (let k = 0; k < 4; k++)
      if (segmentsCross(ring[i - 1]!, ring[i]!, corners[k]!, corners[(k + 1) % 4]!)) return true;
  return false;
}

/** The box of size [w, h] centred on a point. */
export const boxAt = ([cx, cy]: Px, [w, h]: readonly [number, number]): PxBox => [
  cx - w / 2,
  cy - h / 2,
  cx + w / 2,
  cy + h / 2,
];

/** The point of the box's outline nearest to p. */
export const nearestOnBox = ([x, y]: Px, b: PxBox): Px => [
  Math.min(Math.max(x, b[0]), b[2]),
  Math.min(Math.max(y, b[1]), b[3]),
];
