/**
 * The one place that creates the MapLibre map. Loaded as a separate chunk
 * (dynamic import) so MapLibre's ~300 KB gzip never delays the first paint.
 * Events become store actions; state becomes feature-state and camera moves.
 */
import {
  FullscreenControl,
  GPUInitializationError,
  Map as MlMap,
  NavigationControl,
  type GeoJSONSource,
  type PointLike,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Theme } from '../data/palette.ts';
import type { MapFailure } from '../app/fail-reason.ts';
import type { Operation } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { selectionOf, type Action, type State } from '../state/reducer.ts';
import { pickableKeys } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';
import { gestureText } from '../embed/gesture-text.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { buildStyle } from './build-style.ts';
import { bindMapState } from './map-state-sync.ts';
import { CLOSE_AFTER, LAYER, MAX_ZOOM, OVERVIEW_LAYERS, PICKABLE, SRC } from './ids.ts';
import { mountLabelOverlay } from './label-overlay.ts';
import { ResetControl } from './reset-control.ts';
import { mountTooltip, tooltipText } from './tooltip.ts';
import { keyOfFeature } from './keys.ts';
import { startMapWorker } from './map-worker.ts';
import { addPatternImages } from './patterns.ts';
import { quietClicks } from './quiet-clicks.ts';
import { skipEmptySky } from './skip-empty-sky.ts';
import { showStoryLayers } from './story-layers.ts';

export interface MountMapOptions {
  readonly data: MapViewData;
  readonly op: Operation;
  /** The reader's language: labels come from `op` (already in it), controls and tooltips from here. */
  readonly i18n?: I18n;
  readonly store: Store<State, Action>;
  readonly theme: Theme;
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
  /** Pixels of the map's frame a card in it covers, by side (the labels keep off them). */
  readonly covered?: () => { top: number; right: number; bottom: number; left: number };
  /** The cards `covered` measures: a change of their size re-reads it (label-overlay.ts). */
  readonly coverCards?: readonly Element[];
  readonly cooperativeGestures: boolean;
  /** Expose the map as window.__takedownMap (tests, probes). */
  readonly debug?: boolean;
  /** First frame drawn (MapLibre `idle`). */
  readonly onReady: () => void;
  /** The map cannot be shown: no WebGL2, the worker failed, the context is gone; with the cause. */
  readonly onFail: (failure: MapFailure) => void;
}

export interface MapHandle {
  setTheme(theme: Theme): void;
  /** Swap in data for another layout (the phone orientation of the inset) or finer outlines; re-frames unless told not to. */
  setData(data: MapViewData, o?: { refit?: boolean }): void;
  /** Re-frame the current view for the box's new size (resize, rotation). */
  refit(): void;
  destroy(): void;
}

/** The worker starts as this chunk runs, not when the map is made (map-worker.ts). */
const worker = startMapWorker(workerUrl);

export function mountMap(container: HTMLElement, o: MountMapOptions): MapHandle | null {
  const i18n = o.i18n ?? EN_I18N;
  // Started by this chunk, or again after a map before this one let it go.
  startMapWorker(workerUrl);
  let map: MlMap;
  let data = o.data;
  const theme = { current: o.theme };
  // The zoom that frames the overview in this box, once the map knows its size.
  const overviewZoom = () =>
    map.cameraForBounds(data.layout.frame as [number, number, number, number], { padding: 12 })?.zoom;
  const styleFor = (t: Theme) =>
    buildStyle(data, t, o.op.attacks, i18n.locale, { overviewZoom: overviewZoom() });
  try {
    // Made without a style, so the style can carry the leaders' zoom range for this box (no second layout after 'load').
    map = new MlMap({
      container,
      // The style is checked against the style specification by its unit test (zero errors), not on every load.
      validateStyle: false,
      bounds: o.data.layout.frame as [number, number, number, number],
      fitBoundsOptions: { padding: 12 },
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
      maxZoom: MAX_ZOOM,
      cooperativeGestures: o.cooperativeGestures,
      locale: { 'Map.Title': i18n.t('map.title'), ...gestureText(i18n) },
    });
    map.setStyle(styleFor(o.theme));
  } catch (e) {
    // No WebGL2 (there is no probe before: load-map.ts): MapLibre has already set up its canvas; take it away.
    container.classList.remove('maplibregl-map');
    for (const el of container.querySelectorAll(
      ':scope > .maplibregl-canvas-container, :scope > .maplibregl-control-container',
    ))
      el.remove();
    worker.release();
    o.onFail({ reason: e instanceof GPUInitializationError ? 'no-webgl' : 'map-error', error: e });
    return null;
  }
  if (o.debug) (window as unknown as { __takedownMap?: MlMap }).__takedownMap = map;
  // No sky pass: our style has no sky, and MapLibre would draw its transparent one in every frame (skip-empty-sky.ts).
  skipEmptySky(map);
  addPatternImages(map);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ResetControl(() => sync.refit(true), i18n.t('map.reset')), 'top-right');
  const tip = mountTooltip(container);
  // A click that moves nothing does not redraw the map (the panel's frame stays DOM-only): quiet-clicks.ts.
  const unquiet = quietClicks(map);
  // Embedded, the page scrolls over the map; full screen lifts cooperative gestures so the reader can explore.
  if (o.cooperativeGestures) map.addControl(new FullscreenControl(), 'top-right');

  // The labels: HTML over the canvas, in its container (label-overlay.ts); a label picks its place.
  const labels = mountLabelOverlay(map, {
    data: () => data,
    op: o.op,
    store: o.store,
    i18n,
    overviewZoom,
    covered: o.covered,
    coverCards: o.coverCards,
  });
  let ready = false;
  const pick = (point: PointLike, target: EventTarget | null) =>
    labels.keyAt(target) ??
    keyOfFeature(
      map.queryRenderedFeatures(point, { layers: [...PICKABLE] })[0],
      pickableKeys(o.op, o.store.getState()),
    );
  const subs = [
    // A listener on 'error' stops MapLibre logging it: fatal errors are logged once by onFail, the others here.
    map.on('error', (e) => {
      if (!ready) o.onFail({ reason: 'map-error', error: e.error });
      else if (e.error instanceof GPUInitializationError)
        o.onFail({ reason: 'context-lost', error: e.error });
      else console.error(e.error);
    }),
    map.on('click', (e) => {
      // The attacks' layers exist once the reader has first turned them on (story-layers.ts).
      const attack = map.getLayer(LAYER.attacks)
        ? map.queryRenderedFeatures(e.point, { layers: [LAYER.attacks] })[0]?.properties?.id
        : undefined;
      if (typeof attack === 'string') return o.store.dispatch({ type: 'attack', id: attack });
      const key = pick(e.point, e.originalEvent.target);
      // A tap has no hover: name what was tapped for a moment.
      if (
        (e.originalEvent as PointerEvent).pointerType === 'touch' ||
        e.originalEvent.type.startsWith('touch')
      )
        tip.show(tooltipText(key, o.op, o.store.getState(), i18n), e.point.x, e.point.y, 2500);
      if (key) o.store.dispatch({ type: 'select', selection: selectionOf(key) });
    }),
    map.on('mousemove', (e) => {
      const key = pick(e.point, e.originalEvent.target);
      map.getCanvas().style.cursor = key ? 'pointer' : '';
      tip.show(tooltipText(key, o.op, o.store.getState(), i18n), e.point.x, e.point.y);
      if (o.store.getState().hover !== key) o.store.dispatch({ type: 'hover', key });
    }),
    map.on('mouseout', (e) => {
      // From the canvas onto a label (or back) the pointer is still over the map.
      const to = e.originalEvent.relatedTarget;
      if (to instanceof Node && map.getCanvasContainer().contains(to)) return;
      tip.hide();
      o.store.dispatch({ type: 'hover', key: null });
    }),
    map.on('movestart', () => tip.hide()),
    map.on('styledata', () => addPatternImages(map)),
    // While the context is lost the canvas is blank: the static picture (if any) shows through (static-map.css).
    map.on('webglcontextlost', () => container.classList.add('is-context-lost')),
    map.on('webglcontextrestored', () => {
      // A new painter, with MapLibre's draw functions again.
      skipEmptySky(map);
      map.once('idle', () => container.classList.remove('is-context-lost'));
    }),
  ];
  // The overview's leaders up to a little past the zoom that frames the overview in this box, as its placed labels.
  // The style already has it for the box the map was made in (styleFor()): this changes something only after a resize.
  const zoomRanges = () => {
    if (!map.isStyleLoaded()) return;
    const z = overviewZoom();
    if (z === undefined) return;
    for (const id of OVERVIEW_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, 0, z + CLOSE_AFTER);
  };
  subs.push(map.on('load', zoomRanges), map.on('resize', zoomRanges), map.on('style.load', zoomRanges));
  performance.mark('takedown:map-created');
  map.once('load', () => performance.mark('takedown:map-load'));
  map.once('idle', () => {
    ready = true;
    o.onReady();
  });
  const sync = bindMapState(map, {
    ...o,
    data: () => data,
    showLayers: (s) => showStoryLayers(map, s, theme.current),
  });
  return {
    refit: () => sync.refit(),
    setData(next, opts) {
      data = next;
      for (const [id, fc] of [
        [SRC.countries, next.countries],
        [SRC.borders, next.borders],
        [SRC.spokes, next.spokes],
        [SRC.inset, next.insetFrame],
        [SRC.leaders, next.leaders],
      ] as const) {
        void map.getSource<GeoJSONSource>(id)?.setData(fc);
      }
      zoomRanges();
      labels.rebuild();
      if (opts?.refit !== false) sync.refit();
    },
    setTheme(t) {
      if (t === theme.current) return;
      theme.current = t;
      map.setStyle(styleFor(t));
      map.once('styledata', () => sync.reapply());
    },
    destroy() {
      sync.destroy();
      labels.destroy();
      tip.destroy();
      unquiet();
      for (const s of subs) s.unsubscribe();
      container.classList.remove('is-context-lost');
      map.remove();
      worker.release();
    },
  };
}
