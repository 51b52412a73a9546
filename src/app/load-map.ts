/**
 * Geometry and the interactive map, loaded in parallel after first paint.
 * Each failure leaves a working page with a visible message, a truthful
 * data-map-state and its cause logged once (fail-reason.ts). Destroying the
 * app aborts the geometry fetch.
 */
import type { Operation } from '../data/types.ts';
import type { Theme } from '../data/palette.ts';
import { afterFirstPaint } from '../dom/after-paint.ts';
import type { CountriesTopology, MapData } from '../geo/build-map-data.ts';
import type { Orientation } from '../geo/layout.ts';
import { orientationFor } from '../geo/orientation.ts';
import type { MapHandle } from '../map/mount-map.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { failMessage, failState, reportFailure, type MapFailure } from './fail-reason.ts';
import { fetchTopology } from './fetch-topology.ts';
import { hasWebGL2 } from './has-webgl2.ts';
import { setMapState } from './map-state.ts';

export interface LoadMapOptions {
  readonly container: HTMLElement;
  readonly store: Store<State, Action>;
  readonly op: Operation;
  readonly theme: () => Theme;
  readonly padding?: () => { top: number; right: number; bottom: number; left: number };
  readonly cooperativeGestures: boolean;
  readonly forceStatic: boolean;
  /** The static picture is in the page (inlined at build time): it stays when the interactive map cannot come. */
  readonly hasStatic: boolean;
  readonly debug: boolean;
  readonly showMessage: (text: string) => void;
}

export interface LoadedMap {
  setTheme(theme: Theme): void;
  destroy(): void;
}

export function loadMap(o: LoadMapOptions): LoadedMap {
  let handle: MapHandle | null = null;
  let destroyed = false;
  let failed = false;
  let observer: ResizeObserver | null = null;
  const abort = new AbortController();
  const fail = (f: MapFailure) => {
    if (destroyed || failed) return;
    failed = true;
    reportFailure(f);
    handle?.destroy();
    handle = null;
    setMapState(failState(f.reason, o.hasStatic));
    o.showMessage(failMessage(f.reason, o.hasStatic));
  };
  const run = async () => {
    const interactive = !o.forceStatic && hasWebGL2();
    // No map to draw and the picture is already here: nothing to fetch.
    if (!interactive && o.hasStatic) return fail({ reason: o.forceStatic ? 'switched-off' : 'no-webgl' });
    // With the picture in the page, nothing else loads until it has been committed: then outlines and chunk in parallel.
    if (o.hasStatic) await afterFirstPaint();
    if (destroyed) return;
    const topologyRequest = fetchTopology(abort.signal);
    topologyRequest.catch(() => undefined);
    const mapModule = interactive ? import('../map/mount-map.ts') : null;
    mapModule?.catch(() => undefined);
    let topology: CountriesTopology;
    try { topology = await topologyRequest; } catch (error) { return destroyed ? undefined : fail({ reason: 'geometry', error }); }
    if (!mapModule) return fail({ reason: o.forceStatic ? 'switched-off' : 'no-webgl' });
    let mod;
    try { mod = await mapModule; } catch (error) { return fail({ reason: 'map-error', error }); }
    // Geometry is processed by code in the map chunk, so none of it weighs on the first picture.
    const cache = new Map<Orientation, MapData>();
    const dataFor = (k: Orientation): MapData => cache.get(k) ?? cache.set(k, mod.buildMapData(topology, o.op, k)).get(k)!;
    let orientation = orientationFor(o.container.clientWidth);
    try { dataFor(orientation); } catch (error) { return fail({ reason: 'geometry', error }); }
    performance.mark('takedown:geometry');
    if (destroyed) return;
    performance.mark('takedown:chunk');
    handle = mod.mountMap(o.container, {
      data: dataFor(orientation), op: o.op, store: o.store, theme: o.theme(), padding: o.padding,
      cooperativeGestures: o.cooperativeGestures, debug: o.debug,
      onReady: () => { if (!destroyed && !failed) setMapState('ready'); },
      onFail: fail,
    });
    if (failed || !handle) return;
    observer = new ResizeObserver(() => {
      const next = orientationFor(o.container.clientWidth);
      if (next === orientation || !handle) return;
      orientation = next;
      handle.setData(dataFor(next));
    });
    observer.observe(o.container);
  };
  void run();
  return {
    setTheme: (t: Theme) => handle?.setTheme(t),
    destroy() {
      destroyed = true;
      abort.abort();
      observer?.disconnect();
      handle?.destroy();
    },
  };
}
