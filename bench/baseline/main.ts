/**
 * The least a MapLibre 6 page needs to show the same picture: the same
 * world-atlas geometry with the eight countries coloured, fitted to them.
 * It exists only to be measured against (npm run bench).
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyUrl from 'world-atlas/countries-110m.json?url';
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

setWorkerUrl(workerUrl);
const topo = (await (await fetch(topologyUrl)).json()) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection<
  GeoJSON.Geometry,
  Record<string, string>
>;
for (const f of countries.features) {
  f.properties = { ...f.properties, iso: String(f.id ?? ''), colour: COLOURS[String(f.id)] ?? '#D4D6D9' };
  delete f.id;
}
const map = new MlMap({
  container: 'map',
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#E8EEF3' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['get', 'colour'], 'fill-outline-color': '#FFFFFF' },
      },
    ],
  },
  bounds: [-141, 24, 29, 61],
  renderWorldCopies: false,
  attributionControl: false,
});
map.once('idle', () => {
  performance.mark('map-state:ready');
  document.documentElement.dataset.mapState = 'ready';
});
