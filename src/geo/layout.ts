/**
 * The two-part view. Europe is framed from the European participants'
 * bounds; North America (Canada and the US), when the operation has
 * participants there, is moved into an inset drawn smaller than Europe:
 * on desktop west of Europe, placed over open sea (never over land the main
 * frame shows); on phones as a separate band below Europe, as wide as the
 * frame. Both maps (MapLibre and the static SVG) draw the same composited
 * coordinates, so they always agree. An all-European operation gets no inset.
 */
import {
  bboxOf,
  padBBox,
  project,
  unionBBox,
  unproject,
  type BBox,
  type LngLat,
  type Point,
} from './mercator.ts';

export interface Inset {
  /** Where the inset's content comes from (real coordinates). */
  readonly source: BBox;
  /** Where the inset is drawn (composited coordinates): its frame. */
  readonly target: BBox;
  /** How much smaller than the main map the inset is drawn (Mercator units). */
  readonly scale: number;
  /** Real → composited for a point inside the inset source. */
  readonly toInset: (p: LngLat) => LngLat;
}

export interface Layout {
  /** The European participants, padded. */
  readonly europe: BBox;
  /** The North America inset, or null when no participant is there. */
  readonly inset: Inset | null;
  /** Everything the overview shows. */
  readonly frame: BBox;
  readonly orientation: Orientation;
}

/** 'wide' puts the inset west of Europe (desktop); 'tall' puts it in a band below (phones). */
export type Orientation = 'wide' | 'tall';

export interface LayoutInput {
  readonly orientation: Orientation;
  /** Outlines (largest polygons) of the European participants, plus the hub. */
  readonly europePoints: readonly LngLat[];
  /** Outlines of the North American participants (none: no inset). */
  readonly insetPoints: readonly LngLat[];
  /** Does this box (real coordinates) touch land the main frame draws? Used to keep the inset over open sea. */
  readonly hitsLand?: (box: BBox) => boolean;
}

/** The Mercator map gets unreadable near the pole; Canada's archipelago is cut here. */
const INSET_MAX_LAT = 72;
/** The inset's height as a share of Europe's (wide), tried in turn until one fits over open sea. */
const WIDE_HEIGHT_SHARES = [0.6, 0.54, 0.48, 0.42];
const WIDE_GAPS = [0.04, 0.08, 0.12, 0.18];
const WIDE_ALIGN = [0.5, 0.3, 0.7, 0.1, 0.9, 0];
/** Tall: the band's content is at most this share of Europe's width and height. */
const TALL_WIDTH_SHARE = 0.66;
const TALL_HEIGHT_SHARE = 0.5;
const TALL_GAP_SHARE = 0.05;
/** Room inside the band for the title, as a share of the content height. */
const TALL_TITLE_SHARE = 0.12;

const toBBox = ([x0, y0]: Point, [x1, y1]: Point): BBox => {
  const [w, n] = unproject([x0, y0]);
  const [e, s] = unproject([x1, y1]);
  return [w, s, e, n];
};

export function buildLayout({
  orientation,
  europePoints,
  insetPoints,
  // Stryker disable next-line ArrowFunction,BooleanLiteral: equivalent, land everywhere also falls back to the first candidate.
  hitsLand = () => false,
}: LayoutInput): Layout {
  const europe = padBBox(bboxOf(europePoints), 0.12);
  if (!insetPoints.length) return { europe, inset: null, frame: padBBox(europe, 0.02), orientation };
  const raw = bboxOf(insetPoints);
  const source = padBBox([raw[0], raw[1], raw[2], Math.min(raw[3], INSET_MAX_LAT)], 0.04);

  const [ex0, ey0] = project([europe[0], europe[3]]);
  const [ex1, ey1] = project([europe[2], europe[1]]);
  const [sx0, sy0] = project([source[0], source[3]]);
  const [sx1, sy1] = project([source[2], source[1]]);
  const ew = ex1 - ex0,
    eh = ey1 - ey0,
    sw = sx1 - sx0,
    sh = sy1 - sy0;

  const make = (scale: number, cx0: number, cy0: number, frame: [Point, Point]): Inset => {
    const toInset = (p: LngLat): LngLat => {
      const [x, y] = project(p);
      return unproject([cx0 + (x - sx0) * scale, cy0 + (y - sy0) * scale]);
    };
    return { source, target: toBBox(frame[0], frame[1]), scale, toInset };
  };

  let inset: Inset | null = null;
  if (orientation === 'wide') {
    const candidates: Inset[] = [];
    for (const share of WIDE_HEIGHT_SHARES) {
      const scale = (eh * share) / sh;
      for (const gap of WIDE_GAPS) {
        const tx1 = ex0 - ew * gap,
          tx0 = tx1 - sw * scale;
        for (const t of WIDE_ALIGN) {
          const ty0 = ey0 + (eh - sh * scale) * t;
          candidates.push(
            make(scale, tx0, ty0, [
              [tx0, ty0],
              [tx1, ty0 + sh * scale],
            ]),
          );
        }
      }
    }
    inset = candidates.find((c) => !hitsLand(c.target)) ?? candidates[0]!;
  } else {
    const scale = Math.min((ew * TALL_WIDTH_SHARE) / sw, (eh * TALL_HEIGHT_SHARE) / sh);
    const top = ey1 + eh * TALL_GAP_SHARE,
      title = sh * scale * TALL_TITLE_SHARE;
    const cx0 = ex0 + (ew - sw * scale) / 2,
      cy0 = top + title;
    // A separate frame: the band is as wide as Europe's, so it reads as its own panel, not as land below Europe.
    inset = make(scale, cx0, cy0, [
      [ex0, top],
      [ex1, cy0 + sh * scale + title * 0.3],
    ]);
  }
  const frame = padBBox(unionBBox(europe, inset.target), 0.02);
  return { europe, inset, frame, orientation };
}
