/**
 * Topology + operation → everything both maps draw: countries coloured by role
 * (main view and North America inset), borders drawn once, label points,
 * spokes from The Hague, the hub and the inset frame. Pure; runs in the
 * browser and at build time for the static map.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import polylabel from 'polylabel';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { landKey } from '../data/keys.ts';
import { primaryRole } from '../data/roles.ts';
import type { Alpha2, MapKey, NamedKey, Operation, Participant, Role } from '../data/types.ts';
import { unwrapRing } from './antimeridian.ts';
import { INSET_CODES } from './inset-codes.ts';
import { clipLine, clipRing } from './clip.ts';
import { buildLayout, type Layout, type Orientation } from './layout.ts';
import { bboxOf, padBBox, project, unproject, type BBox, type LngLat } from './mercator.ts';
import { placeLabels, type Placement } from './label-placement.ts';
import { buildSpokes } from './spokes.ts';
import { largestPolygon, polygonsOf, round, toGeometry, type Rings } from './polygons.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** `role` is the April 2018 role (the first paint's colour); `alpha2` is set for every country the data names. */
export interface CountryProps {
  key: MapKey;
  name: string;
  role: Role | null;
  alpha2: Alpha2 | null;
  part: 'main' | 'inset';
}
/** `at` is the point on the country the label belongs to (its leader starts there); the geometry is where the label is drawn. */
export interface LabelProps {
  key: NamedKey;
  name: string;
  role: Role;
  anchor: string;
  offset: readonly [number, number];
  at: readonly [number, number];
}

export interface InsetProps {
  title?: string;
}
type HubProps = { key: 'hub'; name: string; anchor: string; offset: readonly [number, number] };

export interface MapData {
  readonly countries: FeatureCollection<MultiPolygon, CountryProps>;
  readonly borders: FeatureCollection<MultiLineString>;
  /** Participant labels, placed with collision handling at the overview (label-placement.ts). */
  readonly labels: FeatureCollection<Point, LabelProps>;
  /** Leader lines from a country to its label where the label had to move off it. */
  readonly leaders: FeatureCollection<LineString, { key: NamedKey }>;
  /** From the hub to each participant's edge; `schematic` for those into the inset. */
  readonly spokes: FeatureCollection<LineString, { key: NamedKey; schematic: boolean }>;
  /** The hub dot (at The Hague). */
  readonly hub: FeatureCollection<Point, HubProps & { at: readonly [number, number] }>;
  /** The hub's label, placed like the others. */
  readonly hubLabel: FeatureCollection<Point, HubProps>;
  /** Labels of named countries that are not participants: none since ops-16 (kept empty for the map's layer). */
  readonly context: FeatureCollection<Point, { key: Alpha2; name: string }>;
  /** The inset's frame (a polygon) and its title (a point at its lower left); empty without an inset. */
  readonly insetFrame: FeatureCollection<Polygon | Point, InsetProps>;
  readonly layout: Layout;
  readonly placement: Placement;
  /** Composited bounds of each participant's main polygon, and of the hub, by key. */
  readonly bounds: Readonly<Record<string, BBox>>;
  /** World-atlas ids present in the topology, for the data invariants. */
  readonly ids: ReadonlySet<string>;
}

export { INSET_CODES } from './inset-codes.ts';

const fc = <G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features,
});

function labelPoint(rings: Rings): LngLat {
  const projected = rings.map((r) => r.map((p) => [...project(p)]));
  const [x, y] = polylabel(projected, 1e-5);
  const [lng, lat] = unproject([x ?? 0, y ?? 0]);
  return [round(lng), round(lat)];
}

interface WorldCountry {
  id: string;
  name: string;
  polys: Rings[];
}

function countriesOf(topology: CountriesTopology): WorldCountry[] {
  return feature(topology, topology.objects.countries).features.map((f) => {
    const name = f.properties?.name ?? 'Unknown';
    const id = typeof f.id === 'string' ? f.id : `X-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    return { id, name, polys: f.geometry ? polygonsOf(f.geometry as Polygon | MultiPolygon) : [] };
  });
}

const meets = (a: BBox, b: BBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * 1:110m countries with their parts inside the fine window replaced by the
 * 1:50m parts (build/fine-outlines.ts); countries only the fine file has
 * (Malta, Andorra…) are added. Parts outside the window (French Guiana) stay.
 */
function mergeFine(
  coarse: WorldCountry[],
  fine: CountriesTopology | undefined,
): { world: WorldCountry[]; fineIds: ReadonlySet<string> } {
  const window = fine?.bbox;
  if (!fine || !window || window.length < 4) return { world: coarse, fineIds: new Set() };
  const box: BBox = [window[0], window[1], window[2], window[3]];
  const byId = new Map(countriesOf(fine).map((c) => [c.id, c]));
  const world = coarse.map((c) => {
    const f = byId.get(c.id);
    if (!f) return c;
    byId.delete(c.id);
    return { ...c, polys: [...f.polys, ...c.polys.filter((p) => !meets(bboxOf(p[0] ?? []), box))] };
  });
  const fineIds = new Set(countriesOf(fine).map((c) => c.id));
  return { world: [...world, ...byId.values()], fineIds };
}

export const INSET_TITLE = 'North America';
export const INSET_NOTE = 'smaller scale';

/** Half the width and height, in degrees, of the frame of an operation that names no country. */
const HUB_ONLY_SPAN: LngLat = [14, 8];

/**
 * The land the inset is fitted to: each North American participant's main
 * polygon, and any other of its polygons north of 24° (not Hawaii) that
 * meets the box those make (widened by a tenth), until none is left. So Canada with the US takes
 * Alaska and the Arctic islands (they adjoin Canada), while the US alone is
 * framed on its lower 48 states, not on all of North America for Alaska.
 */
const INSET_REACH = 0.1;

export function insetLand(countries: readonly (readonly Rings[])[]): LngLat[] {
  const mains = countries.map((polys) => largestPolygon(polys));
  let rest = countries.flatMap((polys, i) =>
    polys.filter((p) => p !== mains[i] && (p[0]?.[0]?.[1] ?? 0) > 24),
  );
  const taken = mains.flatMap((p) => p[0] ?? []);
  for (let grew = taken.length > 0; grew;) {
    // Within a tenth of the box: islands off a coast the box already holds (the Aleutians) come with it.
    const box = padBBox(bboxOf(taken), INSET_REACH);
    const joining = rest.filter((p) => meets(bboxOf(p[0] ?? []), box));
    rest = rest.filter((p) => !joining.includes(p));
    taken.push(...joining.flatMap((p) => p[0] ?? []));
    grew = joining.length > 0;
  }
  return taken;
}

export function buildMapData(
  topology: CountriesTopology,
  op: Operation,
  orientation: Orientation = 'wide',
  fine?: CountriesTopology,
): MapData {
  const byNumeric = new Map<string, Participant>(op.participants.map((p) => [p.numeric, p]));
  const merged = mergeFine(countriesOf(topology), fine);
  const world = merged.world.map((c) => ({ ...c, participant: byNumeric.get(c.id) }));

  const mainPoly = new Map(
    world.filter((c) => c.participant).map((c) => [c.participant!.alpha2, largestPolygon(c.polys)]),
  );
  const europePoints = [...mainPoly].filter(([a]) => !INSET_CODES.has(a)).flatMap(([, p]) => p[0] ?? []);
  const insetPoints = insetLand(
    world.filter((c) => c.participant && INSET_CODES.has(c.participant.alpha2)).map((c) => c.polys),
  );
  // The inset goes over open sea: no land the main frame draws may lie under it.
  const landRings = world.flatMap((c) => c.polys.map((p) => p[0] ?? []));
  const landBoxes = landRings.map((r) => bboxOf(r));
  const hitsLand = (box: BBox) =>
    landRings.some((r, i) => meets(landBoxes[i]!, box) && clipRing(r, box).length > 0);
  // An operation naming no country (August 2016) is framed on its hub, at a regional scale, not a street's.
  const [hx, hy] = op.hub.lngLat;
  const around: LngLat[] = mainPoly.size
    ? []
    : [
        [hx - HUB_ONLY_SPAN[0], hy - HUB_ONLY_SPAN[1]],
        [hx + HUB_ONLY_SPAN[0], hy + HUB_ONLY_SPAN[1]],
      ];
  const layout = buildLayout({
    orientation,
    europePoints: [...europePoints, op.hub.lngLat, ...around],
    insetPoints,
    hitsLand,
  });
  const inset = layout.inset;

  const countries: Feature<MultiPolygon, CountryProps>[] = [];
  const bounds: Record<string, BBox> = {};
  const placed: { p: Participant; main: Rings; schematic: boolean }[] = [];
  for (const c of world) {
    const p = c.participant;
    const isInsetParticipant = inset !== null && p !== undefined && INSET_CODES.has(p.alpha2);
    const base = {
      name: p?.name ?? c.name,
      role: p ? primaryRole(p) : null,
      alpha2: p?.alpha2 ?? null,
    };
    const insetPolys = inset
      ? c.polys
          .map((rings) =>
            rings.map((r) => clipRing(r, inset.source).map(inset.toInset)).filter((r) => r.length),
          )
          .filter((rings) => rings[0]?.length)
      : [];
    if (insetPolys.length && (!p || isInsetParticipant)) {
      countries.push({
        type: 'Feature',
        properties: { ...base, key: p?.alpha2 ?? landKey(`i${c.id}`), part: 'inset' },
        geometry: toGeometry(insetPolys),
      });
    }
    // The real North America stays on the world map (grey, not a participant there), so zooming out shows no hole.
    if (isInsetParticipant)
      countries.push({
        type: 'Feature',
        properties: { name: c.name, role: null, alpha2: null, key: landKey(`r${c.id}`), part: 'main' },
        geometry: toGeometry(c.polys),
      });
    else
      countries.push({
        type: 'Feature',
        properties: { ...base, key: p?.alpha2 ?? landKey(c.id), part: 'main' },
        geometry: toGeometry(c.polys),
      });
    if (p) {
      const main = isInsetParticipant ? largestPolygon(insetPolys) : largestPolygon(c.polys);
      bounds[p.alpha2] = bboxOf(main[0] ?? []);
      placed.push({ p, main, schematic: isInsetParticipant });
    }
  }

  const anchors = new Map(placed.map(({ p, main }) => [p.alpha2, labelPoint(main)]));
  const placement = placeLabels(
    layout.frame,
    orientation,
    { name: op.hub.name, at: op.hub.lngLat },
    placed.map(({ p, main }) => ({
      key: p.alpha2,
      name: p.name,
      at: anchors.get(p.alpha2)!,
      ring: main[0] ?? [],
    })),
  );
  const pt = (p: LngLat): Point => ({ type: 'Point', coordinates: [round(p[0]), round(p[1])] });
  const line = (l: readonly LngLat[]): LineString => ({
    type: 'LineString',
    coordinates: l.map(([x, y]) => [round(x), round(y)]),
  });
  const labels = placed.map(({ p }, i): Feature<Point, LabelProps> => ({
    type: 'Feature',
    properties: {
      key: p.alpha2,
      name: p.name,
      role: primaryRole(p),
      anchor: 'center',
      offset: [0, 0],
      at: pt(anchors.get(p.alpha2)!).coordinates as [number, number],
    },
    geometry: pt(placement.labels[i]!.at),
  }));
  const leaders = placement.labels
    .filter((l) => l.leader)
    .map((l): Feature<LineString, { key: NamedKey }> => ({
      type: 'Feature',
      properties: { key: l.key as NamedKey },
      geometry: line(l.leader!),
    }));

  const lead = new Set(placed.filter(({ p }) => primaryRole(p) === 'lead').map(({ p }) => p.alpha2));
  const spokeLines = buildSpokes(
    op.hub.lngLat,
    placed.map(({ p, main, schematic }) => ({
      key: p.alpha2,
      to: anchors.get(p.alpha2)!,
      ring: main[0] ?? [],
      schematic,
    })),
    lead,
  );
  const spokes = placed
    .filter(({ p }) => spokeLines.has(p.alpha2))
    .map(({ p, schematic }): Feature<LineString, { key: NamedKey; schematic: boolean }> => ({
      type: 'Feature',
      properties: { key: p.alpha2, schematic },
      geometry: line(spokeLines.get(p.alpha2)!),
    }));

  // Borders between two finely drawn countries come from the fine file, all others from 1:110m.
  const isFine = (g: { id?: string | number }) => merged.fineIds.has(String(g.id));
  const coarseLines = mesh(
    topology,
    topology.objects.countries,
    (a, b) => a !== b && !(isFine(a) && isFine(b)),
  ).coordinates;
  const fineLines = fine ? mesh(fine, fine.objects.countries, (a, b) => a !== b).coordinates : [];
  const lines = [...coarseLines, ...fineLines].map((l) => unwrapRing(l.map(([x, y]) => [x!, y!] as LngLat)));
  const insetLines = inset
    ? lines.flatMap((l) => clipLine(l, inset.source)).map((l) => l.map(inset.toInset))
    : [];
  const toLines = (ls: LngLat[][]): MultiLineString => ({
    type: 'MultiLineString',
    coordinates: ls.map((l) => l.map(([x, y]) => [round(x), round(y)])),
  });

  const hubKey = 'hub';
  bounds[hubKey] = [
    op.hub.lngLat[0] - 0.5,
    op.hub.lngLat[1] - 0.3,
    op.hub.lngLat[0] + 0.5,
    op.hub.lngLat[1] + 0.3,
  ];
  const insetFrame: Feature<Polygon | Point, InsetProps>[] = [];
  if (inset) {
    const [w, s, e, n] = inset.target;
    insetFrame.push({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    });
    // The title sits in the inset's lower left (the Pacific), clear of Alaska and the Arctic islands.
    insetFrame.push({
      type: 'Feature',
      properties: { title: `${INSET_TITLE}\n${INSET_NOTE}` },
      geometry: pt([w, s]),
    });
  }
  return {
    countries: fc(countries),
    borders: fc([
      { type: 'Feature', properties: { part: 'main' }, geometry: toLines(lines) },
      { type: 'Feature', properties: { part: 'inset' }, geometry: toLines(insetLines) },
    ]),
    labels: fc(labels),
    leaders: fc(leaders),
    spokes: fc(spokes),
    hub: fc([
      {
        type: 'Feature',
        properties: {
          key: hubKey,
          name: op.hub.name,
          anchor: 'center',
          offset: [0, 0],
          at: [placement.hub.at[0], placement.hub.at[1]],
        },
        geometry: pt(op.hub.lngLat),
      },
    ]),
    hubLabel: fc([
      {
        type: 'Feature',
        // At the hub point, on the side the placement chose, an em offset away: it never covers its dot.
        properties: {
          key: hubKey,
          name: op.hub.name,
          anchor: placement.hubAnchor.anchor,
          offset: placement.hubAnchor.offset,
        },
        geometry: pt(op.hub.lngLat),
      },
    ]),
    // Every country an operation names is one of its participants (ops-16): no context labels are left to draw.
    context: fc([]),
    insetFrame: fc(insetFrame),
    layout,
    placement,
    bounds,
    ids: new Set(world.map((c) => c.id)),
  };
}
