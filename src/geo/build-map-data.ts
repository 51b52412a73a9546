/**
 * Topology + operation → everything both maps draw: countries coloured by role
 * (main view and North America inset), borders drawn once, label points,
 * spokes from The Hague, the hub and the inset frame. Pure; runs in the
 * browser and at build time for the static map.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import polylabel from 'polylabel';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { landKey, namedCountries, type NamedCountry } from '../data/keys.ts';
import { primaryRole } from '../data/roles.ts';
import type { Alpha2, MapKey, NamedKey, Operation, Participant, Role } from '../data/types.ts';
import { unwrapRing } from './antimeridian.ts';
import { clipLine, clipRing } from './clip.ts';
import { greatCircle } from './great-circle.ts';
import { buildLayout, type Layout, type Orientation } from './layout.ts';
import { bboxOf, project, unproject, type BBox, type LngLat } from './mercator.ts';
import { placementOf } from './label-placement.ts';
import { largestPolygon, polygonsOf, round, toGeometry, type Rings } from './polygons.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** `role` is the April 2018 role (the first paint's colour); `alpha2` is set for every country the data names. */
export interface CountryProps { key: MapKey; name: string; role: Role | null; alpha2: Alpha2 | null; part: 'main' | 'inset' }
export interface LabelProps { key: NamedKey; name: string; role: Role; anchor: string; offset: readonly [number, number] }

export interface MapData {
  readonly countries: FeatureCollection<MultiPolygon, CountryProps>;
  readonly borders: FeatureCollection<MultiLineString>;
  readonly labels: FeatureCollection<Point, LabelProps>;
  readonly spokes: FeatureCollection<LineString, { key: NamedKey }>;
  readonly hub: FeatureCollection<Point, { key: 'hub'; name: string; anchor: string; offset: readonly [number, number] }>;
  readonly insetFrame: FeatureCollection<Polygon>;
  readonly layout: Layout;
  /** Composited bounds of each participant's main polygon, and of the hub, by key. */
  readonly bounds: Readonly<Record<string, BBox>>;
  /** World-atlas ids present in the topology, for the data invariants. */
  readonly ids: ReadonlySet<string>;
}

/** Participants drawn in the inset rather than in the main view. */
export const INSET_CODES: ReadonlySet<string> = new Set(['CA', 'US']);

const inBox = ([w, s, e, n]: BBox, b: BBox) => b[0] >= w && b[2] <= e && b[1] >= s && b[3] <= n;
const fc = <G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });

function labelPoint(rings: Rings): LngLat {
  const projected = rings.map((r) => r.map((p) => [...project(p)]));
  const [x, y] = polylabel(projected, 1e-5);
  const [lng, lat] = unproject([x ?? 0, y ?? 0]);
  return [round(lng), round(lat)];
}

export function buildMapData(topology: CountriesTopology, op: Operation, orientation: Orientation = 'wide'): MapData {
  const byNumeric = new Map<string, Participant>(op.participants.map((p) => [p.numeric, p]));
  const named = new Map<string, NamedCountry>(namedCountries(op).map((c) => [c.numeric, c]));
  const world = feature(topology, topology.objects.countries).features.map((f) => {
    const name = f.properties?.name ?? 'Unknown';
    const id = typeof f.id === 'string' ? f.id : `X-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    return { id, name, participant: byNumeric.get(id), named: named.get(id), polys: f.geometry ? polygonsOf(f.geometry as Polygon | MultiPolygon) : [] };
  });

  const mainPoly = new Map(world.filter((c) => c.participant).map((c) => [c.participant!.alpha2, largestPolygon(c.polys)]));
  const europePoints = [...mainPoly].filter(([a]) => !INSET_CODES.has(a)).flatMap(([, p]) => p[0] ?? []);
  const insetPoints = world.filter((c) => c.participant && INSET_CODES.has(c.participant.alpha2))
    .flatMap((c) => c.polys.filter((p) => (p[0]?.[0]?.[1] ?? 0) > 24).flatMap((p) => p[0] ?? []));
  const layout = buildLayout({ orientation, europePoints: [...europePoints, op.hub.lngLat], insetPoints });

  const countries: Feature<MultiPolygon, CountryProps>[] = [];
  const labels: Feature<Point, LabelProps>[] = [];
  const bounds: Record<string, BBox> = {};
  for (const c of world) {
    const p = c.participant;
    const base = { name: c.named?.name ?? c.name, role: p ? primaryRole(p) : null, alpha2: c.named?.alpha2 ?? null };
    const inset = c.polys.map((rings) => rings.map((r) => clipRing(r, layout.insetSource).map(layout.toInset)).filter((r) => r.length))
      .filter((rings) => rings[0]?.length);
    if (inset.length && (!p || INSET_CODES.has(p.alpha2))) {
      countries.push({ type: 'Feature', properties: { ...base, key: c.named?.alpha2 ?? landKey(`i${c.id}`), part: 'inset' }, geometry: toGeometry(inset) });
    }
    const isInsetParticipant = p ? INSET_CODES.has(p.alpha2) : false;
    const hidden = isInsetParticipant || (!p && inBox(layout.insetSource, bboxOf(c.polys.flatMap((x) => x[0] ?? []))));
    if (!hidden) countries.push({ type: 'Feature', properties: { ...base, key: c.named?.alpha2 ?? landKey(c.id), part: 'main' }, geometry: toGeometry(c.polys) });
    if (p) {
      const main = isInsetParticipant ? largestPolygon(inset) : largestPolygon(c.polys);
      bounds[p.alpha2] = bboxOf(main[0] ?? []);
      labels.push({ type: 'Feature', properties: { key: p.alpha2, name: p.name, role: primaryRole(p), ...placementOf(p.alpha2) }, geometry: { type: 'Point', coordinates: [...labelPoint(main)] } });
    }
  }

  const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates
    .map((l) => unwrapRing(l.map(([x, y]) => [x!, y!] as LngLat)));
  const mainLines = lines.filter((l) => !inBox(layout.insetSource, bboxOf(l)));
  const insetLines = lines.flatMap((l) => clipLine(l, layout.insetSource)).map((l) => l.map(layout.toInset));
  const toLines = (ls: LngLat[][]): MultiLineString => ({ type: 'MultiLineString', coordinates: ls.map((l) => l.map(([x, y]) => [round(x), round(y)])) });

  const hubKey = 'hub';
  const spokes = labels.map((l): Feature<LineString, { key: NamedKey }> => ({
    type: 'Feature', properties: { key: l.properties.key },
    geometry: { type: 'LineString', coordinates: greatCircle(op.hub.lngLat, l.geometry.coordinates as unknown as LngLat).map(([x, y]) => [round(x), round(y)]) },
  }));
  const [w, s, e, n] = layout.insetTarget;
  bounds[hubKey] = [op.hub.lngLat[0] - 0.5, op.hub.lngLat[1] - 0.3, op.hub.lngLat[0] + 0.5, op.hub.lngLat[1] + 0.3];
  return {
    countries: fc(countries),
    borders: fc([
      { type: 'Feature', properties: { part: 'main' }, geometry: toLines(mainLines) },
      { type: 'Feature', properties: { part: 'inset' }, geometry: toLines(insetLines) },
    ]),
    labels: fc(labels),
    spokes: fc(spokes),
    hub: fc([{ type: 'Feature', properties: { key: hubKey, name: op.hub.name, ...placementOf('hub') }, geometry: { type: 'Point', coordinates: [...op.hub.lngLat] } }]),
    insetFrame: fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }]),
    layout,
    bounds,
    ids: new Set(world.map((c) => c.id)),
  };
}
