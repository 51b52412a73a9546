/**
 * The two-part view. Europe is framed from the European participants' bounds;
 * North America (Canada and the US) is moved into an inset to Europe's west,
 * scaled so it is as tall as the Europe frame. Both maps (MapLibre and the
 * static SVG) draw the same composited coordinates, so they always agree.
 */
import { bboxOf, padBBox, project, unionBBox, unproject, type BBox, type LngLat, type Point } from './mercator.ts';

export interface Layout {
  /** The European participants, padded. */
  readonly europe: BBox;
  /** Where the inset's content comes from (real coordinates). */
  readonly insetSource: BBox;
  /** Where the inset is drawn (composited coordinates). */
  readonly insetTarget: BBox;
  /** Everything the overview shows. */
  readonly frame: BBox;
  /** Real → composited for a point inside the inset source. */
  readonly toInset: (p: LngLat) => LngLat;
}

/** 'wide' puts the inset west of Europe (desktop); 'tall' puts it below (phones). */
export type Orientation = 'wide' | 'tall';

export interface LayoutInput {
  readonly orientation: Orientation;
  /** Outlines (largest polygons) of the European participants, plus the hub. */
  readonly europePoints: readonly LngLat[];
  /** Outlines of the North American participants. */
  readonly insetPoints: readonly LngLat[];
}

/** The Mercator map gets unreadable near the pole; Canada's archipelago is cut here. */
const INSET_MAX_LAT = 72;
const INSET_HEIGHT_SHARE = 0.82;
const INSET_WIDTH_SHARE = 0.92;
const GAP_SHARE = 0.04;

export function buildLayout({ orientation, europePoints, insetPoints }: LayoutInput): Layout {
  const europe = padBBox(bboxOf(europePoints), 0.12);
  const raw = bboxOf(insetPoints);
  const insetSource = padBBox([raw[0], raw[1], raw[2], Math.min(raw[3], INSET_MAX_LAT)], 0.04);

  const [ex0, ey0] = project([europe[0], europe[3]]);
  const [ex1, ey1] = project([europe[2], europe[1]]);
  const [sx0, sy0] = project([insetSource[0], insetSource[3]]);
  const [sx1, sy1] = project([insetSource[2], insetSource[1]]);

  let scale: number, tx0: number, ty0: number;
  if (orientation === 'wide') {
    scale = ((ey1 - ey0) * INSET_HEIGHT_SHARE) / (sy1 - sy0);
    tx0 = ex0 - (ex1 - ex0) * GAP_SHARE - (sx1 - sx0) * scale;
    ty0 = ey0 + ((ey1 - ey0) * (1 - INSET_HEIGHT_SHARE)) / 2;
  } else {
    scale = ((ex1 - ex0) * INSET_WIDTH_SHARE) / (sx1 - sx0);
    tx0 = ex0 + ((ex1 - ex0) * (1 - INSET_WIDTH_SHARE)) / 2;
    ty0 = ey1 + (ey1 - ey0) * GAP_SHARE;
  }
  const tx1 = tx0 + (sx1 - sx0) * scale;

  const toTarget = ([x, y]: Point): Point => [tx0 + (x - sx0) * scale, ty0 + (y - sy0) * scale];
  const toInset = (p: LngLat): LngLat => unproject(toTarget(project(p)));
  const [tw, tn] = unproject([tx0, ty0]);
  const [te, ts] = unproject([tx1, ty0 + (sy1 - sy0) * scale]);
  const insetTarget: BBox = [tw, ts, te, tn];
  const frame = padBBox(unionBBox(europe, insetTarget), 0.02);
  return { europe, insetSource, insetTarget, frame, toInset };
}
