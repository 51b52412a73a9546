/** Where a label may go round its point, in order of preference (anchor, offset in ems; MapLibre's variable anchors). */

/**
 * The sides of its dot the hub's close-in label may take, in order (anchor, offset in ems): right of it, left,
 * below, above.
 */
export const HUB_SIDES: readonly (readonly [string, readonly [number, number]])[] = [
  ['left', [1, 0]],
  ['right', [-1, 0]],
  ['top', [0, 0.8]],
  ['bottom', [0, -0.8]],
];

/** The eight sides of a point (anchor, and the unit the offset in ems goes in), the nearest first. */
const AROUND: readonly (readonly [string, readonly [number, number]])[] = [
  ['left', [1, 0]],
  ['right', [-1, 0]],
  ['top-left', [2 / 3, 2 / 3]],
  ['bottom-left', [2 / 3, -2 / 3]],
  ['top-right', [-2 / 3, 2 / 3]],
  ['bottom-right', [-2 / 3, -2 / 3]],
  ['top', [0, 1]],
  ['bottom', [0, -1]],
];

/** The eight sides of a point `em` ems out, the nearest first. */
const ring = (em: number) => AROUND.map(([anchor, [x, y]]) => [anchor, [x * em, y * em]] as const);

/**
 * Where an attack's label may go, in order (anchor, offset in ems; MapLibre's variable anchors): the eight sides of
 * its marker, then the same a short way out, then further (the Low Countries are crowded at the overview), and
 * last a ring 3, 4 and 5 ems out, read with a leader back to the marker, for a label no near spot has room for
 * (on a phone, Brussels's marker is ringed by the hub's, Belgium's and Paris's labels: label-layout.ts).
 */
const NEAR_SPOTS: readonly (readonly [string, readonly [number, number]])[] = [
  ...[0.9, 1.8].flatMap(ring),
  ['right', [-3, 0]],
  ['top', [0, 3]],
  ['bottom-left', [2, -2]],
  ['top-right', [-2, 2.5]],
  ['left', [3, 0.5]],
];
export const ATTACK_LABEL_SPOTS: readonly (readonly [string, readonly [number, number]])[] = [
  ...NEAR_SPOTS,
  ...[3, 4, 5].flatMap(ring),
];
/** ATTACK_LABEL_SPOTS from this index on are the far ring: tried only once every label has tried the near ones. */
export const ATTACK_FAR_SPOTS_FROM = NEAR_SPOTS.length;

/**
 * Where a placed (overview) label that gave way in a small frame may go instead, round its country's point
 * (anchor, offset in ems): on it, then its eight sides, nearest first (in a 280 px frame "United Kingdom" meets
 * Belgium's and the Netherlands' labels where it was placed, and reads beside its country, west of it).
 */
export const PLACED_FALLBACK_SPOTS: readonly (readonly [string, readonly [number, number]])[] = [
  ['center', [0, 0]],
  ...[0.6, 1.2].flatMap(ring),
];
