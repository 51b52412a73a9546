/** The borders, drawn once: one multi-line for the main map and one for the inset. Pure. */
import type { Feature, MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import { unwrapRing } from './antimeridian.ts';
import { clipLine } from './clip.ts';
import type { Inset } from './layout.ts';
import type { LngLat } from './mercator.ts';
import type { CountriesTopology } from './map-data-types.ts';
import { round } from './polygons.ts';

const toLines = (ls: LngLat[][]): MultiLineString => ({
  type: 'MultiLineString',
  coordinates: ls.map((l) => l.map(([x, y]) => [round(x), round(y)])),
});

/**
 * Borders between two finely drawn countries (`fineIds`) come from the fine file, all others from 1:110m.
 * The inset's are the ones inside its source box, moved into it.
 */
export function borderFeatures(
  topology: CountriesTopology,
  fine: CountriesTopology | undefined,
  fineIds: ReadonlySet<string>,
  inset: Inset | null,
): Feature<MultiLineString>[] {
  const isFine = (g: { id?: string | number }) => fineIds.has(String(g.id));
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
  return [
    { type: 'Feature', properties: { part: 'main' }, geometry: toLines(lines) },
    { type: 'Feature', properties: { part: 'inset' }, geometry: toLines(insetLines) },
  ];
}
