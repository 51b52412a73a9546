/**
 * takedown.geojson: real-world geometry (not the two-part composite drawn
 * on screen). Participants with their world-atlas outlines, The Hague, a
 * great-circle spoke to each participant's label point, and the claimed
 * attacks, each with properties and citations. Pure.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { CountriesTopology } from '../../geo/build-map-data.ts';
import { greatCircle } from '../../geo/great-circle.ts';
import type { LngLat } from '../../geo/mercator.ts';
import { largestPolygon, polygonsOf, round } from '../../geo/polygons.ts';
import { participantNotes } from '../participant-notes.ts';
import type { Operation } from '../types.ts';
import { citesText, dataNote, factsText } from './cite-text.ts';

type Props = Record<string, string | number | boolean | null | readonly string[]>;

const roundAll = (c: unknown): unknown =>
  typeof c === 'number' ? round(c) : Array.isArray(c) ? c.map(roundAll) : c;
const roundGeometry = <G extends Geometry>(g: G): G => ({
  ...g,
  coordinates: roundAll((g as Polygon).coordinates) as Position[][],
});

export function toGeoJson(
  op: Operation,
  topology: CountriesTopology,
): FeatureCollection<Geometry, Props> & { note: string } {
  const outlines = new Map(
    feature(topology, topology.objects.countries).features.map((f) => [
      String(f.id),
      f.geometry as Polygon | MultiPolygon,
    ]),
  );
  const features: Feature<Geometry, Props>[] = [];
  const hub: LngLat = [op.hub.lngLat[0], op.hub.lngLat[1]];
  for (const p of op.participants) {
    const outline = outlines.get(p.numeric);
    if (!outline) continue;
    const [x, y] = polylabel(
      largestPolygon(polygonsOf(outline)).map((r) => r.map(([a, b]) => [a, b])),
      0.01,
    );
    const label: LngLat = [round(x ?? 0), round(y ?? 0)];
    const notes = participantNotes(p);
    const cites = [
      ...(p.authority?.cite ?? []),
      ...p.actions.flatMap((f) => f.cite),
      ...notes.flatMap((f) => f.cite),
    ];
    features.push({
      type: 'Feature',
      id: p.alpha2,
      geometry: roundGeometry(outline),
      properties: {
        kind: 'participant',
        code: p.alpha2,
        numeric: p.numeric,
        name: p.name,
        roles: [...p.roles],
        authority: p.authority?.text ?? null,
        action: factsText(p.actions),
        caveats: factsText(notes),
        label_point: `${label[0]},${label[1]}`,
        citations: citesText(cites),
      },
    });
    features.push({
      type: 'Feature',
      id: `spoke-${p.alpha2}`,
      geometry: {
        type: 'LineString',
        coordinates: greatCircle(hub, label).map(([a, b]) => [round(a), round(b)]),
      },
      properties: { kind: 'spoke', from: op.hub.name, to: p.name, code: p.alpha2 },
    });
  }
  features.push({
    type: 'Feature',
    id: 'hub',
    geometry: { type: 'Point', coordinates: [...hub] },
    properties: {
      kind: 'hub',
      name: op.hub.name,
      marks: op.hub.marks,
      bodies: op.hub.bodies.map((b) => b.name),
      what: factsText(op.hub.bodies.map((b) => b.what)),
      caveats: factsText(op.hub.caveats),
      citations: citesText([
        ...op.hub.lngLatCite,
        ...op.hub.bodies.flatMap((b) => b.what.cite),
        ...op.hub.caveats.flatMap((f) => f.cite),
      ]),
    },
  });
  for (const a of op.attacks) {
    features.push({
      type: 'Feature',
      id: `attack-${a.id}`,
      geometry: { type: 'Point', coordinates: [...a.lngLat] },
      properties: {
        kind: 'attack',
        id: a.id,
        place: a.place,
        name: a.name,
        date: a.date,
        marks: `${a.marks} (approximate)`,
        claim: factsText(a.claims),
        citations: citesText([...a.cite, ...a.claims.flatMap((f) => f.cite)]),
      },
    });
  }
  return { type: 'FeatureCollection', note: dataNote(op), features };
}
