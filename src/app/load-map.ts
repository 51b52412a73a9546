/**
 * The map data (built at build time, label text joined here) and the
 * interactive map, loaded in parallel after first paint.
 * Each failure leaves a working page with a visible message, a truthful
 * data-map-state and its cause logged once (fail-reason.ts). Destroying the
 * app aborts the geometry fetch.
 */
import mapDataUrls from 'virtual:map-data-url';
import type { Operation } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Theme } from '../data/palette.ts';
import { afterFirstPaint, firstPresented } from '../dom/after-paint.ts';
import { yieldToMain } from '../dom/yield-to-main.ts';
import { INSET_NOTE, INSET_TITLE } from '../geo/build-map-data.ts';
import { mapTextOf, withText, type MapDataFile, type MapViewData } from '../geo/map-view-data.ts';
import { orientationFor } from '../geo/orientation.ts';
import type { MapHandle } from '../map/mount-map.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { failMessage, failState, reportFailure, type MapFailure } from './fail-reason.ts';
import { fetchMapData } from './fetch-map-data.ts';
import { otherOrientation } from './other-orientation.ts';
import { setMapState } from './map-state.ts';

export interface LoadMapOptions {
  readonly container: HTMLElement;
  readonly store: Store<State, Action>;
  readonly op: Operation;
  /** The reader's language (controls, tooltips, failure messages); English when absent. */
  readonly i18n?: I18n;
  readonly theme: () => Theme;
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
  /** Pixels of the map's frame a card in it covers, by side (the labels keep off them). */
  readonly covered?: () => { top: number; right: number; bottom: number; left: number };
  /** The cards `covered` measures: a change of their size re-reads it (label-overlay.ts). */
  readonly coverCards?: readonly Element[];
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
    // No map to draw and the picture is already here: nothing to fetch.
    if (o.forceStatic && o.hasStatic) return fail({ reason: 'switched-off' });
    // With the picture in the page, nothing runs until it has been committed and presented (a request started
    // earlier counts towards the first picture's paint); the chunk, worker and map data are hinted from then on at
    // low priority (main.ts, build/preload-plugin.ts). WebGL2 is not probed first: a probe context costs
    // a long task in software GL (0.4–1.5 s in the trace, bench/results.md), and MapLibre's own context creation
    // says the same (GPUInitializationError → 'no-webgl', mount-map.ts).
    if (o.hasStatic) {
      await afterFirstPaint();
      await firstPresented();
    }
    if (destroyed) return;
    const interactive = !o.forceStatic;
    const text = mapTextOf(o.op, `${INSET_TITLE}\n${INSET_NOTE}`);
    // One request, built at build time for this operation (build/map-data.ts), both orientations in it.
    const url = mapDataUrls[o.op.slug];
    const dataRequest = url
      ? fetchMapData(url, abort.signal)
      : Promise.reject(new Error(`no map data for '${o.op.slug}'`));
    dataRequest.catch(() => undefined);
    let orientation = orientationFor(o.container.clientWidth);
    const mapModule = interactive ? import('../map/mount-map.ts') : null;
    mapModule?.catch(() => undefined);
    let parts: MapDataFile['parts'];
    let data: MapViewData;
    try {
      const file = await dataRequest;
      data = withText(file, orientation, text);
      // The main map's encoded geometry is not kept (the map holds it decoded): a rotation takes it from `data`.
      parts = file.parts;
    } catch (error) {
      return destroyed ? undefined : fail({ reason: 'geometry', error });
    }
    performance.mark('takedown:geometry');
    if (!mapModule) return fail({ reason: 'switched-off' });
    // Decoding the data, evaluating MapLibre's chunk and creating the map are long tasks each: keep them apart.
    await yieldToMain();
    if (destroyed) return;
    let mod;
    try {
      mod = await mapModule;
    } catch (error) {
      return fail({ reason: 'map-error', error });
    }
    if (destroyed) return;
    performance.mark('takedown:chunk');
    await yieldToMain();
    if (destroyed) return;
    handle = mod.mountMap(o.container, {
      data,
      op: o.op,
      i18n: o.i18n,
      store: o.store,
      theme: o.theme(),
      padding: o.padding,
      covered: o.covered,
      coverCards: o.coverCards,
      cooperativeGestures: o.cooperativeGestures,
      debug: o.debug,
      onReady: () => {
        if (!destroyed && !failed) setMapState('ready');
      },
      onFail: fail,
    });
    if (failed || !handle) return;
    observer = new ResizeObserver(() => {
      if (!handle) return;
      const next = orientationFor(o.container.clientWidth);
      if (next === orientation) return handle.refit();
      orientation = next;
      data = otherOrientation(data, parts, next, text);
      handle.setData(data);
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
