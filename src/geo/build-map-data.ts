/**
 * Topology + operation → everything both maps draw: countries coloured by role
 * (main view and North America inset), borders drawn once, label points,
 * spokes from The Hague, the hub and the inset frame. Pure; runs in the
 * browser and at build time for the static map. The parts are built in
 * world-countries.ts, country-features.ts, map-borders.ts, inset-frame.ts,
 * label-point.ts, label-placement.ts and spokes.ts.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { primaryRole } from '../data/roles.ts';
import type { NamedKey, Operation, Participant } from '../data/types.ts';
import { clipRing } from './clip.ts';
import { countryFeatures } from './country-features.ts';
import { INSET_CODES } from './inset-codes.ts';
import { insetFrameFeatures } from './inset-frame.ts';
import { insetLand } from './inset-land.ts';
import { labelPoint } from './label-point.ts';
import { placeLabels } from './label-placement.ts';
import { buildLayout, type Orientation } from './layout.ts';
import { borderFeatures } from './map-borders.ts';
import type { CountriesTopology, LabelProps, MapData } from './map-data-types.ts';
import { bboxesMeet, bboxOf, type BBox, type LngLat } from './mercator.ts';
import { largestPolygon, round } from './polygons.ts';
import { buildSpokes } from './spokes.ts';
import { countriesOf, mergeFine } from './world-countries.ts';

export type { CountriesTopology, CountryProps, InsetProps, LabelProps, MapData } from './map-data-types.ts';
export { INSET_CODES } from './inset-codes.ts';
export { INSET_NOTE, INSET_TITLE } from './inset-frame.ts';
export { insetLand } from './inset-land.ts';

const fc = <G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features,
});

/** Half the width and height, in degrees, of the frame of an operation that names no country. */
const HUB_ONLY_SPAN: LngLat = [14, 8];

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
    landRings.some((r, i) => bboxesMeet(landBoxes[i]!, box) && clipRing(r, box).length > 0);
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
  const { countries, bounds, placed } = countryFeatures(world, inset);

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

  const hubKey = 'hub';
  bounds[hubKey] = [
    op.hub.lngLat[0] - 0.5,
    op.hub.lngLat[1] - 0.3,
    op.hub.lngLat[0] + 0.5,
    op.hub.lngLat[1] + 0.3,
  ];
  return {
    countries: fc(countries),
    borders: fc(borderFeatures(topology, fine, merged.fineIds, inset)),
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
    insetFrame: fc(insetFrameFeatures(inset)),
    layout,
    placement,
    bounds,
    ids: new Set(world.map((c) => c.id)),
  };
}
