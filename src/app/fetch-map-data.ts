/** The map data built for this operation (build/map-data.ts), fetched at run time; aborted with the app. */
import type { MapDataFile } from '../geo/map-view-data.ts';

export async function fetchMapData(url: string, signal?: AbortSignal): Promise<MapDataFile> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`map data request failed: ${res.status}`);
  const data = (await res.json()) as MapDataFile;
  if (
    data?.main?.countries?.type !== 'FeatureCollection' ||
    !Array.isArray(data.parts?.wide?.frame) ||
    !Array.isArray(data.parts?.tall?.frame)
  )
    throw new Error('map data has no countries');
  return data;
}
