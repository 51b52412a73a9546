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
  priorityRank,
  intoFrame,
  movesClearOf,
  overlaps,
  placeCandidates,
  type Box,
} from './place-greedy.ts';
import {
  leaderTo,
  MARKER_RADIUS,
  segmentMeets,
  type Insets,
  type LabelLayout,
  type LabelView,
  type Placeable,
  type Segment,
} from './label-types.ts';
import {
  ATTACK_FAR_SPOTS_FROM,
  ATTACK_LABEL_SPOTS,
  HUB_SIDES,
  PLACED_FALLBACK_SPOTS,
} from './label-spots.ts';

export { ATTACK_FAR_SPOTS_FROM, ATTACK_LABEL_SPOTS, HUB_SIDES, PLACED_FALLBACK_SPOTS };
export { leaderTo, MARKER_RADIUS, segmentMeets };
export type { Insets, LabelKind, LabelLayout, LabelView, Placeable, Segment } from './label-types.ts';

/** The paddings in the collision checks (MapLibre's text-padding), and round the map's controls. */
const CLOSE_PADDING = 4;
const ATTACK_PADDING = 2;
export const OBSTACLE_PADDING = 4;
/** How far a label may move to clear a control, a card or another label, px: further, it would leave its place. */
export const MAX_MOVE = 24;
/** The room a placed label moved off another keeps from it. */
const LABEL_GAP = 2;
/** The room, in ems, a placed label moved beside its country keeps from a label beside it on its line. */
const WORD_GAP_EM = 0.8;
/** An attack's label in the far ring further than this many ems from its marker gets a leader back to it. */
export const LEADER_FROM_EM = 2.2;

/** A point as an empty box. */
const boxAt0 = (p: { x: number; y: number }): Box => ({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
const grown = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });
const near = (b: Box) => (m: Box) => Math.abs(m.x0 - b.x0) + Math.abs(m.y0 - b.y0) <= MAX_MOVE;
const moved = (b: Box, dx: number, dy: number): Box =>
  dx === 0 && dy === 0 ? b : { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };

/** intoFrame() for the part of a `width` × `height` frame the cards leave. */
const intoRect = (b: Box, c: Insets, width: number, height: number): Box =>
  moved(
    intoFrame(moved(b, -c.left, -c.top), width - c.left - c.right, height - c.top - c.bottom),
    c.left,
    c.top,
  );

export function layoutLabels<L extends Placeable>(labels: readonly L[], v: LabelView): LabelLayout<L> {
  const { width, height } = v;
  const c = v.covered ?? { top: 0, right: 0, bottom: 0, left: 0 };
  // The cards' bands are obstacles too: nothing moves under one.
  const bands: Box[] = [
    { x0: 0, y0: 0, x1: width, y1: c.top },
    { x0: 0, y0: height - c.bottom, x1: width, y1: height },
    { x0: 0, y0: 0, x1: c.left, y1: height },
    { x0: width - c.right, y0: 0, x1: width, y1: height },
  ].filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
  const obstacles = [...(v.obstacles ?? []), ...bands];
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  /** In the frame and under no card. */
  const seen = (p: { x: number; y: number }) =>
    p.x >= c.left && p.y >= c.top && p.x <= width - c.right && p.y <= height - c.bottom;
  const boxAt = (l: L, anchor = l.anchor, offset = l.offset): Box | null => {
    const p = v.project(l.lngLat);
    const b = anchoredBox([p.x, p.y], anchor, offset, l.size, l.box);
    // A label whose point is in the frame is moved wholly into what the cards leave of it (read whole, never cut
    // at the edge or by a card); under a card, it is left out.
    if (inside(p)) return seen(p) ? intoRect(b, c, width, height) : null;
    return inFrame(b, width, height) ? b : null;
  };
  /** A box and, if it runs under a control, the moves that clear it. */
  const candidates = (b: Box | null): (Box | null)[] =>
    b ? [b, ...movesClearOf(b, obstacles, width, height, OBSTACLE_PADDING).filter(near(b))] : [];
  const out = new Map<L, Box | null>();
  const anchors = new Map<L, string>();
  const leaders = new Map<L, Segment>();

  const fixed: { l: L; key: string; role: string | null; b: Box | null }[] = [];
  const closeIn: { l: L; key: string; role: string | null }[] = [];
  for (const l of labels) {
    const { key, role } = l;
    if (l.kind === 'close' || l.kind === 'close-hub') {
      if (v.close && seen(v.project(l.lngLat))) closeIn.push({ l, key, role });
      else out.set(l, null);
    } else if (l.kind === 'overview' || l.kind === 'hub')
      fixed.push({ l, key, role, b: v.close ? null : boxAt(l) });
    else if (l.kind === 'context')
      fixed.push({ l, key, role, b: v.contextShown.has(l.key) ? boxAt(l) : null });
    else if (l.kind === 'title') fixed.push({ l, key, role, b: boxAt(l) });
  }
  // The placed labels (overview, hub, title, context) were set apart in the overview's nominal box; drawn smaller,
  // or by the map's controls, one may meet another or run under a button. Rank by rank (the hub, the lead, the
  // rest), each that does neither stays; then each other one of that rank moves the least that clears the controls
  // and every label kept, else is left out: in a small frame the lead keeps its name and a lesser label gives way.
  // (The title only moves off the controls: it gives way to labels below.)
  const underControl = (b: Box) => obstacles.some((o) => overlaps(b, o, OBSTACLE_PADDING));
  /**
   * An overview label that gave way, beside its country instead: the first of PLACED_FALLBACK_SPOTS round its
   * point on the country (in the frame, under no card) that lies wholly in what the cards leave of the frame, keeps
   * OBSTACLE_PADDING from the controls and cards, and LABEL_GAP above and below the labels kept and WORD_GAP_EM
   * beside them (a label a word's space from another on its line reads as one name: "Kingdom Netherlands");
   * else null. Beside its point, it needs no leader.
   */
  const besideItsCountry = (l: L, labels: readonly Box[]): Box | null => {
    if (!l.at) return null;
    const p = v.project(l.at);
    if (!seen(p)) return null;
    const gx = WORD_GAP_EM * l.size;
    const apart = (b: Box, t: Box) =>
      b.x0 - gx >= t.x1 || t.x0 - gx >= b.x1 || b.y0 - LABEL_GAP >= t.y1 || t.y0 - LABEL_GAP >= b.y1;
    for (const [anchor, offset] of PLACED_FALLBACK_SPOTS) {
      const b = anchoredBox([p.x, p.y], anchor, offset, l.size, l.box);
      const m = LABEL_GAP;
      if (b.x0 < c.left + m || b.y0 < c.top + m || b.x1 > width - c.right - m || b.y1 > height - c.bottom - m)
        continue;
      if (!obstacles.some((o) => overlaps(b, o, OBSTACLE_PADDING)) && labels.every((t) => apart(b, t)))
        return b;
    }
    return null;
  };
  const walls = obstacles.map((o) => grown(o, OBSTACLE_PADDING - LABEL_GAP));
  // While the claimed attacks are shown, the hub's name does not cover a marker (on a phone it ran over Berlin's):
  // it takes the first other side of its dot (HUB_SIDES) that covers none, runs under no control and meets no label
  // kept, else stays.
  const markers: Box[] = v.attacksOn
    ? labels.filter((l) => l.kind === 'attack').map((l) => grown(boxAt0(v.project(l.lngLat)), MARKER_RADIUS))
    : [];
  const hubClearOfMarkers = (l: L, b: Box, kept: readonly Box[]): [Box, string | null] => {
    if (!markers.some((m) => overlaps(b, m))) return [b, null];
    for (const [anchor, offset] of HUB_SIDES) {
      const c = boxAt(l, anchor, offset);
      if (c && !underControl(c) && !markers.some((m) => overlaps(c, m)) && !kept.some((k) => overlaps(c, k)))
        return [c, anchor];
    }
    return [b, null];
  };
  const kept: Box[] = [];
  for (const rank of [0, 1, 2]) {
    const blocked: { l: L; b: Box }[] = [];
    for (const { l, b } of fixed.filter((f) => priorityRank(f) === rank)) {
      if (!b) out.set(l, null);
      else if (underControl(b) || (l.kind !== 'title' && kept.some((k) => overlaps(b, k))))
        blocked.push({ l, b });
      else if (l.kind === 'hub' && markers.length) {
        const [m, anchor] = hubClearOfMarkers(l, b, kept);
        if (anchor) anchors.set(l, anchor);
        kept.push(m);
        out.set(l, m);
      } else {
        kept.push(b);
        out.set(l, b);
      }
    }
    for (const { l, b } of blocked) {
      const m =
        movesClearOf(b, [...walls, ...kept], width, height, LABEL_GAP).filter(near(b))[0] ??
        (l.kind === 'overview' ? besideItsCountry(l, kept) : null);
      if (m) kept.push(m);
      out.set(l, m);
    }
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
    // The most hemmed-in first (fewest near spots free of the other labels), so a label with room elsewhere does not
    // take the only spot another has; equal ones in data order.
    const free = fits.map(
      (f) =>
        f
          .slice(0, ATTACK_FAR_SPOTS_FROM)
          .filter((b) => b && !shown.some((s) => overlaps(b, s, ATTACK_PADDING))).length,
    );
    const order = attacks.map((_, i) => i).sort((a, b) => free[a]! - free[b]!);
    // Each takes its first spot that meets no label or control shown and no leader drawn. First every label tries
    // the near spots, then the ones left out the far ring, so a far spot never takes the room a near one needed;
    // there a label is read through a leader, which must itself cross no label or control.
    const lines: Segment[] = [];
    const chosen = attacks.map(() => -1);
    const take = (i: number, from: number, to: number) => {
      const l = attacks[i]!;
      const p = v.project(l.lngLat);
      const k = fits[i]!.findIndex((b, k) => {
        if (k < from || k >= to || !b) return false;
        if (shown.some((s) => overlaps(b, s, ATTACK_PADDING)) || lines.some((s) => segmentMeets(s, b)))
          return false;
        const leader = k >= ATTACK_FAR_SPOTS_FROM ? leaderTo(p, b, LEADER_FROM_EM * l.size) : null;
        return !leader || !shown.some((s) => segmentMeets(leader, s, ATTACK_PADDING));
      });
      if (k < 0) return;
      const b = fits[i]![k]!;
      chosen[i] = k;
      shown.push(b);
      const leader = k >= ATTACK_FAR_SPOTS_FROM ? leaderTo(p, b, LEADER_FROM_EM * l.size) : null;
      if (leader) {
        lines.push(leader);
        leaders.set(l, leader);
      }
    };
    for (const i of order) take(i, 0, ATTACK_FAR_SPOTS_FROM);
    for (const i of order) if (chosen[i]! < 0) take(i, ATTACK_FAR_SPOTS_FROM, ATTACK_LABEL_SPOTS.length);
    attacks.forEach((l, i) => {
      const k = chosen[i]!;
      const b = k >= 0 ? fits[i]![k] : null;
      if (b) anchors.set(l, ATTACK_LABEL_SPOTS[k]![0]);
      out.set(l, b ?? null);
    });
  } else for (const l of attacks) out.set(l, null);
  return { boxes: out, anchors, leaders };
}
