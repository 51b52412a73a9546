/** The world-atlas outlines, fetched at run time as their own cached file; aborted with the app. */
import topologyUrl from 'world-atlas/countries-110m.json?url';
import type { CountriesTopology } from '../geo/build-map-data.ts';

export async function fetchTopology(
  signal?: AbortSignal,
  url: string = topologyUrl,
): Promise<CountriesTopology> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`geometry request failed: ${res.status}`);
  const topo = (await res.json()) as CountriesTopology;
  if (!topo?.objects?.countries) throw new Error('geometry has no countries');
  return topo;
}
