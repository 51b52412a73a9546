/**
 * What the label layout (label-layout.ts) takes and gives: the labels it places, the view they are placed in,
 * the boxes, anchors and leaders it returns; and the leaders' geometry (from a marker to its label, and whether
 * one crosses a box). Pure.
 */
import { boxMeetsRing, nearestOnBox, type Px } from '../geo/pixel-boxes.ts';
import type { Box } from './place-greedy.ts';

export type LabelKind = 'overview' | 'hub' | 'close' | 'close-hub' | 'title' | 'context' | 'attack';

/** A leader starts this far from the marker's centre (its radius and ring), px. */
export const MARKER_RADIUS = 8;

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
  /** A participant's point on its country (where an overview label that gave way may go instead). */
  readonly at?: readonly [number, number];
}

/** Pixels by side. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
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
  /**
   * What of the frame a card in it covers (an embed's panel), by side: a label whose point is under it is left out,
   * one whose point is in the rest is read whole there, and no label moves under it.
   */
  readonly covered?: Insets;
}

/** A line in the frame's pixels, from (x0, y0) to (x1, y1). */
export interface Segment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelLayout<L> {
  /** Each label's box (null: hidden). */
  readonly boxes: Map<L, Box | null>;
  /** The anchor of each label shown at another side than its own (the hub's close-in label, the attacks'). */
  readonly anchors: Map<L, string>;
  /** The leader of each attack's label shown in the far ring: from the marker's edge to the label's box. */
  readonly leaders: Map<L, Segment>;
}

/**
 * The leader from a marker at `p` to a label's box `b` when the box lies further than `from` px from it (else
 * null): from `radius` px out of the marker, towards the box's nearest point, to that point.
 */
export function leaderTo(
  p: { x: number; y: number },
  b: Box,
  from: number,
  radius = MARKER_RADIUS,
): Segment | null {
  const [x1, y1] = nearestOnBox([p.x, p.y], [b.x0, b.y0, b.x1, b.y1]);
  const d = Math.hypot(x1 - p.x, y1 - p.y);
  if (d <= from) return null;
  const k = radius / d;
  return { x0: p.x + (x1 - p.x) * k, y0: p.y + (y1 - p.y) * k, x1, y1 };
}

/** Whether a line passes through a box grown by `pad`. */
export const segmentMeets = (s: Segment, b: Box, pad = 0): boolean =>
  boxMeetsRing([b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad], [[s.x0, s.y0] as Px, [s.x1, s.y1] as Px]);
