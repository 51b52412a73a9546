/**
 * The least a MapLibre 6 page needs to show the same picture: the same
 * outlines the app draws (world-atlas 1:110m, with the app's fine 1:50m
 * European outlines in place of the countries they cover), the eight
 * countries coloured and a hub point, fitted to them. It exists only to be
 * measured against (npm run bench).
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'virtual:fine-outlines-url';
import './baseline.css';

const COLOURS: Record<string, string> = {
  '056': '#D55E00',
  '100': '#56B4E9',
  '250': '#56B4E9',
  '642': '#56B4E9',
  '528': '#009E73',
  '840': '#009E73',
  '124': '#009E73',
  '826': '#E69F00',
};
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const features = (topo: Countries) =>
  feature(topo, topo.objects.countries).features as GeoJSON.Feature<
    GeoJSON.Geometry,
    Record<string, string>
  >[];

setWorkerUrl(workerUrl);
const [coarse, fine] = await Promise.all(
  [topologyUrl, fineUrl].map(async (u) => (await (await fetch(u)).json()) as Countries),
);
const fineFeatures = features(fine!);
const fineIds = new Set(fineFeatures.map((f) => String(f.id)));
const all = [...features(coarse!).filter((f) => !fineIds.has(String(f.id))), ...fineFeatures];
for (const f of all) {
  f.properties = { ...f.properties, iso: String(f.id ?? ''), colour: COLOURS[String(f.id)] ?? '#D4D6D9' };
  delete f.id;
}
const map = new MlMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: { type: 'FeatureCollection', features: all } },
      hub: { type: 'geojson', data: { type: 'Point', coordinates: [4.3, 52.08] } },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#E8EEF3' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['get', 'colour'], 'fill-outline-color': '#FFFFFF' },
      },
      { id: 'hub', type: 'circle', source: 'hub', paint: { 'circle-radius': 6, 'circle-color': '#0072B2' } },
    ],
  },
  bounds: [-141, 24, 29, 61],
  renderWorldCopies: false,
  attributionControl: false,
});
// For bench/trace.mjs (BENCH_APP_DIST=bench/baseline/dist): the map, to count its shader programs.
(window as unknown as { __map?: MlMap }).__map = map;
performance.mark('takedown:map-created');
map.once('load', () => performance.mark('takedown:map-load'));
map.once('idle', () => {
  performance.mark('map-state:ready');
  document.documentElement.dataset.mapState = 'ready';
});
