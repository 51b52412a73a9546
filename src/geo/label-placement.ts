/**
 * Label placement with collision handling, done once per layout at the
 * overview framing (the nominal box of that orientation, the same one the
 * static picture is drawn in). A label sits on its country where it fits
 * inside it; otherwise it is moved to the first free spot around the
 * country (hub first, then the smallest countries), never over another
 * label, the hub or a small participant, and gets a leader line back to the
 * country. Positions are returned in map coordinates, so MapLibre keeps them
 * while zooming (labels then only move further apart). Pure.
 */
import { anchorFor, DIRECTIONS, directionsAway, RINGS } from './label-directions.ts';
import { HUB_LABEL_SIZE, labelSize } from './label-size.ts';
import type { Orientation } from './layout.ts';
import type { BBox, LngLat } from './mercator.ts';
import { nominalSize, PAD } from './nominal-size.ts';
import { fitFrame, type Size } from './pixel-frame.ts';
import {
  boxAt,
  boxCorners,
  boxesOverlap,
  boxMeetsRing,
  grownBox,
  inside,
  nearestOnBox,
  type Px,
  type PxBox,
} from './pixel-boxes.ts';

export { boxesOverlap, type PxBox };
export { anchorFor } from './label-directions.ts';
export { HUB_LABEL_SIZE, LABEL_SIZE, labelSize, wrapName } from './label-size.ts';
export { nominalSize } from './nominal-size.ts';

/** Room kept between two labels, so a map drawn a little smaller than planned (351 px at 375 wide) keeps them apart. */
const GAP = 4;

/** The hub dot and its halo. */
const HUB_RADIUS = 10;
/**
 * The map's buttons in the box's top-right corner, with their margins: zoom in and out, reset, and in an embed
 * full screen below them (10 + 58 + 10 + 29 + 10 + 29 px). No label goes under them.
 */
export const CONTROLS: readonly [number, number] = [44, 150];

export interface LabelInput {
  readonly key: string;
  readonly name: string;
  /** Where the country's label would sit (polylabel of its largest polygon). */
  readonly at: LngLat;
  /** Outer ring of the country's largest polygon, in the same (composited) coordinates. */
  readonly ring: readonly LngLat[];
}

export interface PlacedLabel {
  readonly key: string;
  /** Centre of the label. */
  readonly at: LngLat;
  /** From the country to the label's edge, when the label is moved off its country. */
  readonly leader: readonly LngLat[] | null;
  /** The label's box at the overview, in pixels of the nominal box (for tests). */
  readonly box: PxBox;
}

/**
 * The hub label's side: its text anchor and its offset from the hub point in
 * ems (MapLibre's text-anchor and text-offset), so the label keeps clear of
 * the dot at any size the map is drawn.
 */
export interface HubAnchor {
  readonly anchor: string;
  readonly offset: readonly [number, number];
}

export interface Placement {
  readonly labels: readonly PlacedLabel[];
  readonly hub: PlacedLabel;
  /** Where "The Hague" goes beside its dot: the side the placement chose. */
  readonly hubAnchor: HubAnchor;
  /** The hub dot's box in pixels (for tests). */
  readonly hubDot: PxBox;
  /** The overview box the placement was made for. */
  readonly size: Size;
}

export function placeLabels(
  frame: BBox,
  orientation: Orientation,
  hub: { name: string; at: LngLat },
  countries: readonly LabelInput[],
): Placement {
  const size = nominalSize(frame, orientation);
  const f = fitFrame(frame, size, PAD);
  const px = (p: LngLat): Px => f.toPx([p[0], p[1]]);
  const geo = (p: Px): LngLat => f.toLngLat(p);
  const rings = new Map(countries.map((c) => [c.key, c.ring.map(px)]));
  const area = (r: readonly Px[]) => {
    const xs = r.map((p) => p[0]),
      ys = r.map((p) => p[1]);
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  /** Countries small enough at the overview that a label over them would hide them. */
  const small = new Set(countries.filter((c) => area(rings.get(c.key)!) < 60 * 60).map((c) => c.key));

  const hubAt = px(hub.at);
  const hubDot = boxAt(hubAt, [2 * HUB_RADIUS, 2 * HUB_RADIUS]);
  /** The hub dot and the map's buttons, then every label placed so far (kept GAP px apart from each other). */
  const obstacles: PxBox[] = [hubDot, [size.width - CONTROLS[0], 0, size.width, CONTROLS[1]]];
  const taken: PxBox[] = [];
  const inFrame = (b: PxBox) => b[0] >= 2 && b[1] >= 2 && b[2] <= size.width - 2 && b[3] <= size.height - 2;
  /** Strict: over no other participant at all; relaxed: only the small ones are kept clear. */
  const free = (b: PxBox, own: string | null, strict: boolean) =>
    inFrame(b) &&
    !obstacles.some((t) => boxesOverlap(t, b)) &&
    !taken.some((t) => boxesOverlap(t, grownBox(b, GAP))) &&
    !countries.some(
      (c) => c.key !== own && (strict || small.has(c.key)) && boxMeetsRing(b, rings.get(c.key)!),
    );

  const place = (
    key: string,
    at: Px,
    dims: readonly [number, number],
    own: string | null,
    gap: number,
    leader = true,
    away: Px | null = null,
  ): PlacedLabel & { dir: Px | null; dist: number } => {
    let dir: Px | null = null,
      dist = 0;
    const ring = leader && own ? rings.get(own) : undefined;
    // On the country when it is big enough: the centre and most of the box on it.
    const fits = (b: PxBox) =>
      !!ring &&
      inside([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], ring) &&
      boxCorners(b).filter((c) => inside(c, ring)).length >= 3;
    const onCountry = boxAt(at, dims);
    let chosen: PxBox | null =
      ring && !small.has(key) && fits(onCountry) && free(onCountry, own, false) ? onCountry : null;
    // Near and over no other participant; else anywhere over no small one.
    for (const strict of [true, false]) {
      for (const r of strict ? RINGS.slice(0, 2) : RINGS) {
        if (chosen) break;
        for (const [dx, dy] of directionsAway(at, away)) {
          const c: Px = [at[0] + dx * (dims[0] / 2 + gap + r), at[1] + dy * (dims[1] / 2 + gap + r)];
          const b = boxAt(c, dims);
          if (free(b, own, strict)) {
            chosen = b;
            dir = [dx, dy];
            dist = gap + r;
            break;
          }
        }
      }
    }
    // A label without a leader (the hub's) never falls back onto its point: it goes beside it, east.
    if (!chosen && !leader) {
      dir = DIRECTIONS[0]!;
      dist = gap + RINGS[0]!;
      chosen = boxAt([at[0] + dir[0] * (dims[0] / 2 + dist), at[1]], dims);
    }
    chosen ??= onCountry;
    taken.push(chosen);
    const centre: Px = [(chosen[0] + chosen[2]) / 2, (chosen[1] + chosen[3]) / 2];
    const detached = !(at[0] >= chosen[0] && at[0] <= chosen[2] && at[1] >= chosen[1] && at[1] <= chosen[3]);
    const needsLeader = leader && detached && !fits(chosen);
    return {
      key,
      at: geo(centre),
      leader: needsLeader ? [geo(at), geo(nearestOnBox(at, chosen))] : null,
      box: chosen,
      dir,
      dist,
    };
  };

  // "The Hague" goes on the Netherlands, beside its dot: the hub label may cover the country the hub is in.
  const home = countries.find((c) => inside(hubAt, rings.get(c.key)!))?.key ?? null;
  const { dir, dist, ...hubLabel } = place(
    'hub',
    hubAt,
    labelSize(hub.name, HUB_LABEL_SIZE),
    home,
    HUB_RADIUS - 4,
    false,
  );
  // The label's box starts `dist` px from the dot on the chosen side; in ems, so MapLibre and the static picture keep it there at any size.
  const em = (v: number) => Math.round((v * dist * 100) / HUB_LABEL_SIZE) / 100 + 0;
  const hubAnchor: HubAnchor = dir
    ? { anchor: anchorFor(dir), offset: [em(dir[0]), em(dir[1])] }
    : { anchor: 'center', offset: [0, 0] };
  const order = [...countries].sort((a, b) => area(rings.get(a.key)!) - area(rings.get(b.key)!));
  // A moved label goes away from the hub first, so the labels of the hub's neighbours fan out around it.
  const placed = new Map(
    order.map((c) => {
      const { dir: _d, dist: _s, ...l } = place(c.key, px(c.at), labelSize(c.name), c.key, 0, true, hubAt);
      return [c.key, l];
    }),
  );
  return { labels: countries.map((c) => placed.get(c.key)!), hub: hubLabel, hubAnchor, hubDot, size };
}
