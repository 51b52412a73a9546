/**
 * Where each of the map's HTML labels goes in one frame (label-overlay.ts writes it): the overview's and the
 * hub's placed labels, or past the overview zoom the labels on the countries, collision-checked in priority
 * order; the inset's title unless it runs into another label; the context labels the chosen strike names; and,
 * while shown, the claimed attacks' labels at the first free spot of ATTACK_LABEL_SPOTS. Pure: the camera comes
 * in as a projection.
 */
import {
  anchoredBox,
  byPriority,
  inFrame,
  intoFrame,
  overlaps,
  placeCandidates,
  placeGreedy,
  type Box,
} from './place-greedy.ts';
import { ATTACK_LABEL_SPOTS } from './story-layers.ts';

export type LabelKind = 'overview' | 'hub' | 'close' | 'close-hub' | 'title' | 'context' | 'attack';

/** The paddings in the collision checks (MapLibre's text-padding). */
const CLOSE_PADDING = 4;
const ATTACK_PADDING = 2;

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
}

/** Each label's box (null: hidden), and for each attack's label shown the index of its spot in ATTACK_LABEL_SPOTS. */
export function layoutLabels<L extends Placeable>(
  labels: readonly L[],
  v: LabelView,
): { boxes: Map<L, Box | null>; spots: Map<L, number> } {
  const { width, height } = v;
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  const boxOf = (l: L): Box | null => {
    const p = v.project(l.lngLat);
    const b = anchoredBox([p.x, p.y], l.anchor, l.offset, l.size, l.box);
    // A label whose point is in the frame is moved wholly into it (read whole, never cut at the edge).
    if (inside(p)) return intoFrame(b, width, height);
    return inFrame(b, width, height) ? b : null;
  };
  const out = new Map<L, Box | null>();
  const closeIn: { l: L; key: string; role: string | null }[] = [];
  for (const l of labels) {
    if (l.kind === 'close' || l.kind === 'close-hub') {
      if (v.close) closeIn.push({ l, key: l.key, role: l.role });
      else out.set(l, null);
    } else if (l.kind === 'overview' || l.kind === 'hub') out.set(l, v.close ? null : boxOf(l));
    else if (l.kind === 'context') out.set(l, v.contextShown.has(l.key) ? boxOf(l) : null);
    else if (l.kind !== 'attack') out.set(l, boxOf(l));
  }
  if (closeIn.length) {
    const order = byPriority(closeIn);
    // A close-in label shows only while its own point is in the frame.
    const boxes = order.map(({ l }) => (inside(v.project(l.lngLat)) ? boxOf(l) : null));
    // The hub's label is always drawn beside its dot (MapLibre's text-allow-overlap): placed first, it only blocks.
    const shown = placeGreedy(boxes, CLOSE_PADDING);
    order.forEach(({ l }, i) => out.set(l, shown[i] || l.kind === 'close-hub' ? boxes[i]! : null));
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
  const spots = new Map<L, number>();
  const attacks = labels.filter((l) => l.kind === 'attack');
  if (v.attacksOn && attacks.length) {
    const taken = [...out.values()].filter((b): b is Box => b !== null);
    // A spot must lie wholly in the frame (MapLibre's text-optional: no spot, no label).
    const fits = attacks.map((l) => {
      const p = v.project(l.lngLat);
      return ATTACK_LABEL_SPOTS.map(([anchor, offset]) => {
        const b = anchoredBox([p.x, p.y], anchor, offset, l.size, l.box);
        return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height ? b : null;
      });
    });
    const chosen = placeCandidates(fits, taken, ATTACK_PADDING);
    attacks.forEach((l, i) => {
      const k = chosen[i]!;
      const b = k >= 0 ? fits[i]![k] : null;
      if (b) spots.set(l, k);
      out.set(l, b ?? null);
    });
  } else for (const l of attacks) out.set(l, null);
  return { boxes: out, spots };
}
