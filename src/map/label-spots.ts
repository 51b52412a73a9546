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

/**
 * Where an attack's label may go, in order (anchor, offset in ems; MapLibre's variable anchors): the eight sides of
 * its marker, then the same a short way out, then further (the Low Countries are crowded at the overview).
 */
export const ATTACK_LABEL_SPOTS: readonly (readonly [string, readonly [number, number]])[] = [
  ...[0.9, 1.8].flatMap((em) => AROUND.map(([anchor, [x, y]]) => [anchor, [x * em, y * em]] as const)),
  ['right', [-3, 0]],
  ['top', [0, 3]],
  ['bottom-left', [2, -2]],
  ['top-right', [-2, 2.5]],
  ['left', [3, 0.5]],
];
