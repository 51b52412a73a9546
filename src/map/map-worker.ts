/**
 * MapLibre's worker, started as soon as the map's chunk runs (MapLibre's `prewarm()`), not when the map is made.
 *
 * The worker parses the map's GeoJSON and builds its tiles: everything between "map created" and the first
 * frame with land in it waits for it. Started by the map's constructor, the worker only ran once the page's
 * main thread was free again (Chromium starts a dedicated worker from the main thread), and the main thread is
 * then busy for 200–700 ms with MapLibre's WebGL context and its first frame (bench/results.md, "Branch
 * perf-ready"). Started here, the worker loads its script and starts while the data is decoded and the map
 * made; the map then claims the running worker.
 *
 * A worker whose script fails to load is reported by the map as its `error` (mount-map.ts falls back), also when
 * it failed before the map was made (test/e2e/failures.e2e.test.ts). MapLibre's dispatcher shared by all maps,
 * which watches a prewarmed worker too, reports the same failure a second time as its own `error`, which
 * MapLibre logs when nobody listens: listened to here, so the failure is logged once (fail-reason.ts).
 */
import { clearPrewarmedResources, getGlobalDispatcher, prewarm, setWorkerUrl } from 'maplibre-gl';

export interface MapWorker {
  /** The map is gone: let the worker go (a map made later starts it again). */
  release(): void;
}

let warm = false;
let watched = false;

const handle: MapWorker = {
  release() {
    if (!warm) return;
    warm = false;
    clearPrewarmedResources();
  },
};

/** Starts the worker from `url` (a same-origin asset emitted by Vite) if it is not running. */
export function startMapWorker(url: string): MapWorker {
  if (!watched) {
    watched = true;
    getGlobalDispatcher().on('error', () => undefined);
  }
  if (!warm) {
    warm = true;
    setWorkerUrl(url);
    prewarm();
  }
  return handle;
}
