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

/** The file name of an operation's map data: map-data-<slug>-<hash>.json (hex hash), without a hash in dev. */
export const mapDataName = (slug: string, hash?: string): string =>
  hash ? `map-data-${slug}-${hash}.json` : `map-data-${slug}.json`;

/** The slug in a built map-data file's name (the hash is hex, so the last '-' before it ends the slug). */
export const slugOfMapData = (file: string): string | undefined =>
  /(?:^|\/)map-data-(.+)-[0-9a-f]{8}\.json$/.exec(file)?.[1];

/** The map data of `op`, both orientations. */
export function buildMapDataFile(
  op: Operation,
  coarse: CountriesTopology = loadWorldAtlas(),
  fine: CountriesTopology = fineTopologyFor(coarse, op),
): MapDataFile {
  return toMapDataFile(buildMapData(coarse, op, 'wide', fine), buildMapData(coarse, op, 'tall', fine));
}
