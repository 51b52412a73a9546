/**
 * Geometry and the interactive map, loaded in parallel after first paint.
 * Each failure leaves a working page with a visible message, a truthful
 * data-map-state and its cause logged once (fail-reason.ts). Destroying the
 * app aborts the geometry fetch.
 */
import fineUrl from 'virtual:fine-outlines-url';
import type { Operation } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.ts';
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
  /** The reader's language (controls, tooltips, failure messages); English when absent. */
  readonly i18n?: I18n;
  readonly theme: () => Theme;
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
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
    o.showMessage(failMessage(f.reason, o.hasStatic, o.i18n));
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
    try {
      topology = await topologyRequest;
    } catch (error) {
      return destroyed ? undefined : fail({ reason: 'geometry', error });
    }
    if (!mapModule) return fail({ reason: o.forceStatic ? 'switched-off' : 'no-webgl' });
    let mod;
    try {
      mod = await mapModule;
    } catch (error) {
      return fail({ reason: 'map-error', error });
    }
    // Geometry is processed by code in the map chunk, so none of it weighs on the first picture.
    // The fine European outlines follow the first frame; until they arrive (or if they never do) 1:110m is drawn.
    let fine: CountriesTopology | undefined;
    const cache = new Map<Orientation, MapData>();
    const dataFor = (k: Orientation): MapData =>
      cache.get(k) ?? cache.set(k, mod.buildMapData(topology, o.op, k, fine)).get(k)!;
    let orientation = orientationFor(o.container.clientWidth);
    try {
      dataFor(orientation);
    } catch (error) {
      return fail({ reason: 'geometry', error });
    }
    performance.mark('takedown:geometry');
    if (destroyed) return;
    performance.mark('takedown:chunk');
    let drawn = () => {};
    const firstFrame = new Promise<void>((resolve) => {
      drawn = resolve;
    });
    handle = mod.mountMap(o.container, {
      data: dataFor(orientation),
      op: o.op,
      i18n: o.i18n,
      store: o.store,
      theme: o.theme(),
      padding: o.padding,
      cooperativeGestures: o.cooperativeGestures,
      debug: o.debug,
      onReady: () => {
        if (!destroyed && !failed) setMapState('ready');
        drawn();
      },
      onFail: fail,
    });
    if (failed || !handle) return;
    observer = new ResizeObserver(() => {
      if (!handle) return;
      const next = orientationFor(o.container.clientWidth);
      if (next === orientation) return handle.refit();
      orientation = next;
      handle.setData(dataFor(next));
    });
    observer.observe(o.container);
    const fineRequest = fetchTopology(abort.signal, fineUrl);
    fineRequest.catch(() => undefined);
    const showFine = () =>
      firstFrame.then(async () => {
        try {
          fine = await fineRequest;
        } catch {
          return;
        }
        if (destroyed || !handle) return;
        cache.clear();
        try {
          handle.setData(dataFor(orientation), { refit: false });
        } catch {
          /* keep the 1:110m map */
        }
        performance.mark('takedown:fine-outlines');
      });
    void showFine();
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
