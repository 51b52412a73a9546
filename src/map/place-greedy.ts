/**
 * Screen-space label boxes for the HTML labels (label-overlay.ts): where an
 * anchored label's box lies (MapLibre's `text-anchor` and `text-offset` in
 * ems), the close-in labels' priority (the hub, the lead, then the rest in
 * data order) and a greedy collision check: in that order, each label is
 * shown where its box, grown by a padding, overlaps no label already shown.
 * Pure, no DOM.
 */

/** A box in container pixels: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The share of a label's width and height that lies left of and above its anchor point. */
export function anchorShare(anchor: string): readonly [number, number] {
  return [
    anchor.endsWith('left') ? 0 : anchor.endsWith('right') ? 1 : 0.5,
    anchor.startsWith('top') ? 0 : anchor.startsWith('bottom') ? 1 : 0.5,
  ];
}

/**
 * The box of a label `size` px tall-font, `w` × `h` px, anchored at `at` by `anchor` and moved by `offset` ems;
 * its corner rounded to whole pixels, so the text is not drawn blurred between them.
 */
export function anchoredBox(
  at: readonly [number, number],
  anchor: string,
  offset: readonly [number, number],
  size: number,
  [w, h]: readonly [number, number],
): Box {
  const [fx, fy] = anchorShare(anchor);
  const x0 = Math.round(at[0] + offset[0] * size - fx * w);
  const y0 = Math.round(at[1] + offset[1] * size - fy * h);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

export const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.x0 - pad < b.x1 && b.x0 - pad < a.x1 && a.y0 - pad < b.y1 && b.y0 - pad < a.y1;

/**
 * A box moved the least distance that brings it wholly into a `width` × `height` frame, `margin` px clear of
 * its edges (a label whose point is in the frame is then read whole, not cut at the map's edge); a box larger
 * than the frame keeps its left or top edge at the margin.
 */
export function intoFrame(b: Box, width: number, height: number, margin = 2): Box {
  const shift = (lo: number, hi: number, size: number) =>
    lo < margin ? margin - lo : hi > size - margin ? Math.max(margin - lo, size - margin - hi) : 0;
  const dx = shift(b.x0, b.x1, width),
    dy = shift(b.y0, b.y1, height);
  return dx === 0 && dy === 0 ? b : { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
}

/** Whether any part of a box lies in a `width` × `height` frame. */
export const inFrame = (b: Box, width: number, height: number): boolean =>
  b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height;

/** The order the close-in labels are placed in: the hub, then the lead, then the rest as given. */
export function byPriority<T extends { readonly key: string; readonly role?: string | null }>(
  items: readonly T[],
): T[] {
  // Array.prototype.sort is stable: equal ranks keep the data's order.
  return [...items].sort((a, b) => priorityRank(a) - priorityRank(b));
}

/** A label's rank: 0 the hub, 1 the lead, 2 the rest. */
export const priorityRank = (t: { readonly key: string; readonly role?: string | null }): number =>
  t.key === 'hub' ? 0 : t.role === 'lead' ? 1 : 2;

/**
 * Greedy placement, in the order given: a label (`box` null: not drawn, e.g. outside the frame) is shown when its
 * box, grown by `pad` on every side, overlaps no box shown before it. Returns whether each is shown, in order.
 */
export function placeGreedy(boxes: readonly (Box | null)[], pad = 0): boolean[] {
  const shown: Box[] = [];
  return boxes.map((b) => {
    if (!b || shown.some((s) => overlaps(b, s, pad))) return false;
    shown.push(b);
    return true;
  });
}

/**
 * Labels with several candidate boxes each (MapLibre's variable anchors), placed in order after the boxes already
 * `taken`: each takes its first candidate (null: not allowed, e.g. out of the frame) that, grown by `pad`, overlaps
 * nothing taken so far. Returns each one's
 * candidate index, or -1 when none fits (the label is left out).
 */
export function placeCandidates(
  labels: readonly (readonly (Box | null)[])[],
  taken: readonly Box[],
  pad = 0,
): number[] {
  const shown = [...taken];
  return labels.map((boxes) => {
    const i = boxes.findIndex((b) => b !== null && !shown.some((s) => overlaps(b, s, pad)));
    if (i >= 0) shown.push(boxes[i]!);
    return i;
  });
}

/**
 * The boxes a label running under any of `obstacles` (the map's buttons) may move to, nearest first: moved the
 * least left, right, up or down to clear each obstacle it meets by `pad`, kept only where the box lies wholly in a
 * `width` × `height` frame (`margin` px clear of its edges) and meets no obstacle at all. Empty for a box that
 * meets none (it needs no move) or that no such move clears.
 */
export function movesClearOf(
  b: Box,
  obstacles: readonly Box[],
  width: number,
  height: number,
  pad = 0,
  margin = 2,
): Box[] {
  const met = obstacles.filter((o) => overlaps(b, o, pad));
  const moves = met.flatMap((o): [number, number][] => [
    [o.x0 - pad - b.x1, 0],
    [o.x1 + pad - b.x0, 0],
    [0, o.y0 - pad - b.y1],
    [0, o.y1 + pad - b.y0],
  ]);
  return moves
    .map(([dx, dy]) => ({
      d: Math.abs(dx) + Math.abs(dy),
      m: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy },
    }))
    .filter(
      ({ m }) =>
        m.x0 >= margin &&
        m.y0 >= margin &&
        m.x1 <= width - margin &&
        m.y1 <= height - margin &&
        !obstacles.some((o) => overlaps(m, o, pad)),
    )
    .sort((p, q) => p.d - q.d)
    .map(({ m }) => m);
}
