/**
 * The interactive map's data, built at build time for the operation passed
 * in: world-atlas 1:110m with the fine 1:50m European outlines merged in
 * (build/fine-outlines.ts), the inset transform applied, label points,
 * leaders and spokes placed (src/geo/build-map-data.ts), both orientations
 * in one file of compact GeoJSON without label text (src/geo/map-view-data.ts). One
 * request at run time instead of two topologies and their layout on the
 * main thread. Call it once per operation.
 */
import type { Operation } from '../src/data/types.ts';
import { buildMapData, type CountriesTopology } from '../src/geo/build-map-data.ts';
import { toMapDataFile, type MapDataFile } from '../src/geo/map-view-data.ts';
import { fineTopologyFor } from './fine-outlines.ts';
import { loadWorldAtlas } from './world-atlas.ts';

/** The file's name (Vite hashes it). */
export const MAP_DATA_FILE = 'map-data.json';

/** The map data of `op`, both orientations. */
export function buildMapDataFile(
  op: Operation,
  coarse: CountriesTopology = loadWorldAtlas(),
  fine: CountriesTopology = fineTopologyFor(coarse, op),
): MapDataFile {
  return toMapDataFile(buildMapData(coarse, op, 'wide', fine), buildMapData(coarse, op, 'tall', fine));
}
