/**
 * Geometry and the interactive map, loaded in parallel after first paint.
 * Each failure leaves a working page with a visible message and a truthful
 * data-map-state: no WebGL2, `?static=1` or a failed map → `fallback` (the
 * static picture stays); no geometry → `error`, or `fallback` when the static
 * picture is in the page, since that is still a working map.
 */
import topologyUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'virtual:fine-outlines-url';
import type { Operation } from '../data/types.ts';
import type { Theme } from '../data/palette.ts';
import type { CountriesTopology, MapData } from '../geo/build-map-data.ts';
import type { Orientation } from '../geo/layout.ts';
import type { MapHandle } from '../map/mount-map.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { setMapState } from './map-state.ts';

export interface LoadMapOptions {
  readonly container: HTMLElement;
  readonly store: Store<State, Action>;
  readonly op: Operation;
  readonly theme: () => Theme;
  readonly reducedMotion: () => boolean;
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
  readonly cooperativeGestures: boolean;
  readonly forceStatic: boolean;
  /** The static picture is in the page (inlined at build time): it stays when the interactive map cannot come. */
  readonly hasStatic: boolean;
  readonly debug: boolean;
  readonly showMessage: (text: string) => void;
}

export const MESSAGES = {
  geometry: 'The map’s outlines could not be loaded, so the map is not shown. The list of countries and the panels still work.',
  webgl: 'This browser cannot draw the interactive map (WebGL2 is unavailable). The list of countries and the panels still work.',
  map: 'The interactive map could not start. The list of countries and the panels still work.',
  static: 'The interactive map is switched off on this page.',
  geometryStatic: 'The interactive map’s outlines could not be loaded, so this is a static picture of the map. Select countries in the list or on the picture.',
  webglStatic: 'This browser cannot draw the interactive map (WebGL2 is unavailable), so this is a static picture of the map. Select countries in the list or on the picture.',
  mapStatic: 'The interactive map could not start, so this is a static picture of the map. Select countries in the list or on the picture.',
  lost: 'The interactive map stopped working (the browser lost its graphics context). The list of countries and the panels still work.',
  lostStatic: 'The interactive map stopped working (the browser lost its graphics context), so this is a static picture of the map. Select countries in the list or on the picture.',
  staticStatic: 'The interactive map is switched off on this page; this is a static picture of the map.',
} as const;

export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

export async function fetchTopology(url: string = topologyUrl): Promise<CountriesTopology> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`geometry request failed: ${res.status}`);
  const topo = (await res.json()) as CountriesTopology;
  if (!topo?.objects?.countries) throw new Error('geometry has no countries');
  return topo;
}

/**
 * Resolves after the next frame has been painted (or after a short timeout in
 * hidden pages, which get no frames), so the static picture is on screen
 * before MapLibre's chunk is fetched, parsed and run.
 */
export const afterFirstPaint = (): Promise<void> => new Promise((resolve) => {
  const timer = setTimeout(() => { performance.mark('takedown:first-frame-timeout'); resolve(); }, 1000);
  requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); performance.mark('takedown:first-frame'); resolve(); }, 0));
});

/** Phones get the inset below Europe; wider boxes get it to the west. */
export const orientationFor = (width: number): Orientation => (width < 600 ? 'tall' : 'wide');

export function loadMap(o: LoadMapOptions) {
  let handle: MapHandle | null = null;
  let destroyed = false;
  let observer: ResizeObserver | null = null;
  const say = (k: 'webgl' | 'map' | 'static' | 'lost'): string => MESSAGES[o.hasStatic ? (`${k}Static` as const) : k];
  const fail = (text: string) => {
    if (destroyed) return;
    handle?.destroy();
    handle = null;
    setMapState('fallback');
    o.showMessage(text);
  };
  const run = async () => {
    const interactive = !o.forceStatic && hasWebGL2();
    // No map to draw and the picture is already here: nothing to fetch.
    if (!interactive && o.hasStatic) return fail(say(o.forceStatic ? 'static' : 'webgl'));
    // With the picture in the page, nothing else loads until it has been committed: then outlines and chunk in parallel.
    if (o.hasStatic) await afterFirstPaint();
    if (destroyed) return;
    const topologyRequest = fetchTopology();
    topologyRequest.catch(() => undefined);
    const mapModule = interactive ? import('../map/mount-map.ts') : null;
    mapModule?.catch(() => undefined);
    const geometryFailed = () => {
      if (destroyed) return;
      if (o.hasStatic) return fail(MESSAGES.geometryStatic);
      setMapState('error');
      o.showMessage(MESSAGES.geometry);
    };
    let topology: CountriesTopology;
    try { topology = await topologyRequest; } catch { return geometryFailed(); }
    if (!mapModule) return fail(o.forceStatic ? MESSAGES.static : MESSAGES.webgl);
    let mod;
    try { mod = await mapModule; } catch { return fail(say('map')); }
    // Geometry is processed by code in the map chunk, so none of it weighs on the first picture.
    // The fine European outlines follow the first frame; until they arrive (or if they never do) 1:110m is drawn.
    let fine: CountriesTopology | undefined;
    const cache = new Map<Orientation, MapData>();
    const dataFor = (k: Orientation): MapData => cache.get(k) ?? cache.set(k, mod.buildMapData(topology, o.op, k, fine)).get(k)!;
    let orientation = orientationFor(o.container.clientWidth);
    try { dataFor(orientation); } catch { return geometryFailed(); }
    performance.mark('takedown:geometry');
    if (destroyed) return;
    performance.mark('takedown:chunk');
    let drawn = () => {};
    const firstFrame = new Promise<void>((resolve) => { drawn = resolve; });
    handle = mod.mountMap(o.container, {
      data: dataFor(orientation), op: o.op, store: o.store, theme: o.theme(), reducedMotion: o.reducedMotion, padding: o.padding,
      cooperativeGestures: o.cooperativeGestures, debug: o.debug,
      onReady: () => { if (!destroyed) setMapState('ready'); drawn(); },
      onFail: (reason) => fail(say(reason === 'no-webgl' ? 'webgl' : reason === 'context-lost' ? 'lost' : 'map')),
    });
    observer = new ResizeObserver(() => {
      if (!handle) return;
      const next = orientationFor(o.container.clientWidth);
      if (next === orientation) return handle.refit();
      orientation = next;
      handle.setData(dataFor(next));
    });
    observer.observe(o.container);
    const fineRequest = fetchTopology(fineUrl);
    fineRequest.catch(() => undefined);
    const showFine = () => firstFrame.then(async () => {
      try { fine = await fineRequest; } catch { return; }
      if (destroyed || !handle) return;
      cache.clear();
      try { handle.setData(dataFor(orientation), { refit: false }); } catch { /* keep the 1:110m map */ }
      performance.mark('takedown:fine-outlines');
    });
    void showFine();
  };
  const done = run();
  return {
    done,
    setTheme: (t: Theme) => handle?.setTheme(t),
    destroy() {
      destroyed = true;
      observer?.disconnect();
      handle?.destroy();
    },
  };
}
