/**
 * The interactive map's data, built at build time for the operation passed
 * in: world-atlas 1:110m with the fine 1:50m European outlines merged in
 * (build/fine-outlines.ts), the inset transform applied, label points,
 * leaders and spokes placed (src/geo/build-map-data.ts), per orientation,
 * as compact GeoJSON without label text (src/geo/map-view-data.ts). One
 * request at run time instead of two topologies and their layout on the
 * main thread. Call it once per operation.
 */
import type { Operation } from '../src/data/types.ts';
import { buildMapData, type CountriesTopology } from '../src/geo/build-map-data.ts';
import type { Orientation } from '../src/geo/layout.ts';
import { toMapDataFile, type MapDataFile } from '../src/geo/map-view-data.ts';
import { fineTopologyFor } from './fine-outlines.ts';
import { loadWorldAtlas } from './world-atlas.ts';

export const ORIENTATIONS: readonly Orientation[] = ['wide', 'tall'];

/** The file's name (Vite hashes it): map-data-wide.json, map-data-tall.json. */
export const mapDataFileName = (orientation: Orientation): string => `map-data-${orientation}.json`;

/** The map data of `op` for each orientation. */
export function buildMapDataFiles(
  op: Operation,
  coarse: CountriesTopology = loadWorldAtlas(),
  fine: CountriesTopology = fineTopologyFor(coarse, op),
): Record<Orientation, MapDataFile> {
  const files = {} as Record<Orientation, MapDataFile>;
  for (const o of ORIENTATIONS) files[o] = toMapDataFile(buildMapData(coarse, op, o, fine));
  return files;
}
