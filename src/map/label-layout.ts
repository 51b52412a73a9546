/**
 * Where each of the map's HTML labels goes in one frame (label-overlay.ts writes it): the overview's and the
 * hub's placed labels, or past the overview zoom the labels on the countries, collision-checked in priority
 * order (the hub's label on the side that hides fewest countries' labels); the inset's title unless it runs into
 * another label; the context labels the chosen strike names; and, while shown, the claimed attacks' labels at
 * the first free spot of ATTACK_LABEL_SPOTS. No label goes under the map's controls (the view's obstacles): one
 * that would is moved the least that clears them, or, when nothing does, left out. Pure: the camera comes in
 * as a projection, the controls as boxes.
 */
import {
  anchoredBox,
  byPriority,
  inFrame,
  intoFrame,
  movesClearOf,
  overlaps,
  placeCandidates,
  type Box,
} from './place-greedy.ts';

export type LabelKind = 'overview' | 'hub' | 'close' | 'close-hub' | 'title' | 'context' | 'attack';

/** The paddings in the collision checks (MapLibre's text-padding), and round the map's controls. */
const CLOSE_PADDING = 4;
const ATTACK_PADDING = 2;
export const OBSTACLE_PADDING = 4;
/** The room a placed label moved off another keeps from it. */
const LABEL_GAP = 2;

const grown = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });

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

/** What the layout needs of a label. */
export interface Placeable {
  readonly kind: LabelKind;
  readonly key: string;
  readonly role: string | null;
  readonly lngLat: readonly [number, number];
  readonly anchor: string;
  readonly offset: readonly [number, number];
  readonly size: number;
  /** Its measured width and height. */
  readonly box: readonly [number, number];
}

export interface LabelView {
  readonly project: (lngLat: readonly [number, number]) => { x: number; y: number };
  readonly width: number;
  readonly height: number;
  /** Past the overview zoom: the labels on the countries instead of the placed ones. */
  readonly close: boolean;
  readonly contextShown: ReadonlySet<string>;
  readonly attacksOn: boolean;
  /** The map's controls' boxes in the frame (its buttons; the key if it sits on the map): no label goes under one. */
  readonly obstacles?: readonly Box[];
}

export interface LabelLayout<L> {
  /** Each label's box (null: hidden). */
  readonly boxes: Map<L, Box | null>;
  /** The anchor of each label shown at another side than its own (the hub's close-in label, the attacks'). */
  readonly anchors: Map<L, string>;
}

export function layoutLabels<L extends Placeable>(labels: readonly L[], v: LabelView): LabelLayout<L> {
  const { width, height } = v;
  const obstacles = v.obstacles ?? [];
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  const boxAt = (l: L, anchor = l.anchor, offset = l.offset): Box | null => {
    const p = v.project(l.lngLat);
    const b = anchoredBox([p.x, p.y], anchor, offset, l.size, l.box);
    // A label whose point is in the frame is moved wholly into it (read whole, never cut at the edge).
    if (inside(p)) return intoFrame(b, width, height);
    return inFrame(b, width, height) ? b : null;
  };
  /** A box and, if it runs under a control, the moves that clear it. */
  const candidates = (b: Box | null): (Box | null)[] =>
    b ? [b, ...movesClearOf(b, obstacles, width, height, OBSTACLE_PADDING)] : [];
  const out = new Map<L, Box | null>();
  const anchors = new Map<L, string>();

  const fixed: { l: L; key: string; role: string | null; b: Box | null }[] = [];
  const closeIn: { l: L; key: string; role: string | null }[] = [];
  for (const l of labels) {
    const { key, role } = l;
    if (l.kind === 'close' || l.kind === 'close-hub') {
      if (v.close && inside(v.project(l.lngLat))) closeIn.push({ l, key, role });
      else out.set(l, null);
    } else if (l.kind === 'overview' || l.kind === 'hub')
      fixed.push({ l, key, role, b: v.close ? null : boxAt(l) });
    else if (l.kind === 'context')
      fixed.push({ l, key, role, b: v.contextShown.has(l.key) ? boxAt(l) : null });
    else if (l.kind === 'title') fixed.push({ l, key, role, b: boxAt(l) });
  }
  // The placed labels (overview, hub, title, context) were set apart in the overview's nominal box; drawn smaller,
  // or by the map's controls, one may meet another or run under a button. In priority order (the hub, the lead, the
  // rest), each that does neither stays; then each other one moves the least that clears the controls and every
  // label kept, else is left out. (The title only moves off the controls: it gives way to labels below.)
  const underControl = (b: Box) => obstacles.some((o) => overlaps(b, o, OBSTACLE_PADDING));
  const kept: Box[] = [];
  const blocked: { l: L; b: Box }[] = [];
  for (const { l, b } of byPriority(fixed)) {
    if (!b) out.set(l, null);
    else if (underControl(b) || (l.kind !== 'title' && kept.some((k) => overlaps(b, k))))
      blocked.push({ l, b });
    else {
      kept.push(b);
      out.set(l, b);
    }
  }
  const walls = obstacles.map((o) => grown(o, OBSTACLE_PADDING - LABEL_GAP));
  for (const { l, b } of blocked) {
    const m = movesClearOf(b, [...walls, ...kept], width, height, LABEL_GAP)[0] ?? null;
    if (m) kept.push(m);
    out.set(l, m);
  }

  if (closeIn.length) {
    const order = byPriority(closeIn).map(({ l }) => l);
    const lists = order.map((l) =>
      l.kind === 'close-hub'
        ? HUB_SIDES.map(([anchor, offset]) => boxAt(l, anchor, offset))
        : candidates(boxAt(l)),
    );
    // The hub's label goes first, on the side that leaves the most countries' labels shown (the first such side).
    const hub = order.findIndex((l) => l.kind === 'close-hub');
    const place = (side: number) =>
      placeCandidates(
        lists.map((c, i) => (i === hub ? c.map((b, j) => (j === side ? b : null)) : c)),
        obstacles,
        CLOSE_PADDING,
      );
    let chosen = placeCandidates(lists, obstacles, CLOSE_PADDING);
    if (hub >= 0) {
      const shown = (c: number[]) => c.filter((k) => k >= 0).length;
      for (let side = 0; side < HUB_SIDES.length; side++) {
        const c = place(side);
        if (c[hub]! >= 0 && (chosen[hub]! < 0 || shown(c) > shown(chosen))) chosen = c;
      }
      if (chosen[hub]! >= 0) anchors.set(order[hub]!, HUB_SIDES[chosen[hub]!]![0]);
    }
    order.forEach((l, i) => out.set(l, chosen[i]! >= 0 ? lists[i]![chosen[i]!]! : null));
  }
  // The inset's title gives way to any country's or the hub's label it would run into (at small scales the
  // inset is small; its dashed frame and the key still say what it is).
  for (const [l, b] of out)
    if (l.kind === 'title' && b)
      for (const [m, c] of out)
        if (m !== l && c && overlaps(b, c, CLOSE_PADDING)) {
          out.set(l, null);
          break;
        }
  const attacks = labels.filter((l) => l.kind === 'attack');
  if (v.attacksOn && attacks.length) {
    const shown = [...obstacles, ...[...out.values()].filter((b): b is Box => b !== null)];
    // A spot must lie wholly in the frame (MapLibre's text-optional: no spot, no label).
    const fits = attacks.map((l) => {
      const p = v.project(l.lngLat);
      return ATTACK_LABEL_SPOTS.map(([anchor, offset]) => {
        const b = anchoredBox([p.x, p.y], anchor, offset, l.size, l.box);
        return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height ? b : null;
      });
    });
    // The most hemmed-in first (fewest spots free of the other labels), so a label with room elsewhere does not
    // take the only spot another has; equal ones in data order.
    const free = fits.map(
      (f) => f.filter((b) => b && !shown.some((s) => overlaps(b, s, ATTACK_PADDING))).length,
    );
    const order = attacks.map((_, i) => i).sort((a, b) => free[a]! - free[b]!);
    const placed = placeCandidates(
      order.map((i) => fits[i]!),
      shown,
      ATTACK_PADDING,
    );
    const chosen: number[] = [];
    order.forEach((i, n) => (chosen[i] = placed[n]!));
    attacks.forEach((l, i) => {
      const k = chosen[i]!;
      const b = k >= 0 ? fits[i]![k] : null;
      if (b) anchors.set(l, ATTACK_LABEL_SPOTS[k]![0]);
      out.set(l, b ?? null);
    });
  } else for (const l of attacks) out.set(l, null);
  return { boxes: out, anchors };
}
