/**
 * State → map, through the selectors: each named place's role in the chosen
 * strike, selection, hover, the legend filter and the strike's quiet places
 * become feature-state; the attacks layer follows its toggle; selection,
 * strike and tour-step changes move the camera to `cameraTarget()` (MapLibre
 * makes it a jump under reduced motion). Feature state is re-applied after a style change or
 * a restored WebGL context, which both drop it.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Operation } from '../data/types.ts';
import { afterPaint } from '../dom/after-paint.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { unionBBox, type BBox } from '../geo/mercator.ts';
import { NARROW_PX } from '../geo/orientation.ts';
import { sameSelection, type Action, type State } from '../state/reducer.ts';
import { placeViews } from '../state/selectors.ts';
import { cameraTarget } from '../state/selectors-story.ts';
import type { Store } from '../state/store.ts';
import { featureStateCache, type FeatureStateRecord } from './feature-state-cache.ts';
import { LAYER, SELECT_MAX_ZOOM, SRC } from './ids.ts';
import { mapTiming } from './map-timing.ts';
import { framePadding, HUB_ROOM_PX, placeBounds, unionBounds } from './story-camera.ts';

interface SyncOptions {
  readonly data: () => MapViewData;
  readonly op: Operation;
  readonly store: Store<State, Action>;
  /** Camera padding: `base` on every side, plus whatever a bottom sheet or an embed's card covers. */
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
  /** Adds or shows the layers a state needs that the style leaves out or hides at first (story-layers.ts). */
  readonly showLayers?: (s: State) => void;
}

type Box = [number, number, number, number];

export function bindMapState(map: MlMap, o: SyncOptions) {
  let deferred = false;
  const participantKeys = new Set<string>(o.op.participants.map((p) => p.alpha2));
  // Only features whose state changed are told (feature-state-cache.ts): a hover touches one or two. A source
  // not (yet) in the style is skipped and not recorded, so it is told once it is there.
  const told = featureStateCache();
  const set = (source: string, id: string, state: FeatureStateRecord) => {
    if (map.getSource(source) && told.changed(source, id, state)) map.setFeatureState({ source, id }, state);
  };
  const apply = (s: State) => {
    // Before the style has loaded setFeatureState throws (e.g. a hash change during start-up): apply once the map is idle.
    if (!map.isStyleLoaded()) {
      if (!deferred) {
        deferred = true;
        void map.once('idle', () => {
          deferred = false;
          reapply();
        });
      }
      return;
    }
    o.showLayers?.(s);
    for (const [key, v] of placeViews(o.op, s)) {
      const base = { selected: v.selected, hover: v.hover };
      if (key === 'hub') {
        set(SRC.hub, key, { ...base, dim: v.dim });
        continue;
      }
      set(SRC.countries, key, { ...base, dim: v.dim, strikeRole: v.role ?? 'none', patterned: v.patterned });
      // The labels (HTML, label-overlay.ts) follow the store themselves.
      if (!participantKeys.has(key)) continue;
      for (const source of [SRC.spokes, SRC.leaders]) set(source, key, { ...base, dim: v.dim || v.quiet });
    }
    const visibility = s.attacks ? 'visible' : 'none';
    for (const layer of [LAYER.attacks]) {
      // Before the style has loaded the layer is absent (and setLayoutProperty would throw); 'load' re-applies.
      if (map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== visibility)
        map.setLayoutProperty(layer, 'visibility', visibility);
    }
    for (const a of o.op.attacks) set(SRC.attacks, a.id, { selected: s.attack === a.id });
  };

  const pad = (base: number) => o.padding?.(base) ?? base;
  // Under prefers-reduced-motion MapLibre itself makes these (non-essential) camera moves jumps.
  const duration = (animate: boolean) => (animate ? 700 : 0);
  const moveCamera = (s: State, animate = true) => {
    const data = o.data();
    const t = cameraTarget(o.op, s);
    const fit = (
      b: BBox,
      opts: {
        padding: number | { top: number; right: number; bottom: number; left: number };
        maxZoom?: number;
      },
    ) => map.fitBounds(b as Box, { ...opts, duration: duration(animate) });
    const width = map.getContainer().clientWidth;
    if (t.kind === 'frame')
      return fit(unionBounds(data, t.keys) ?? data.layout.frame, {
        padding: pad(framePadding(width)),
        maxZoom: 5,
      });
    if (t.kind === 'place') {
      const roomy = Math.min(width, map.getContainer().clientHeight) >= HUB_ROOM_PX;
      const b = placeBounds(data, t.key, roomy);
      if (b) return fit(b, { padding: pad(width < NARROW_PX ? 24 : 60), maxZoom: SELECT_MAX_ZOOM });
    }
    const union = t.kind === 'strike' ? unionBounds(data, t.keys) : null;
    fit(union ? unionBBox(data.layout.frame, union) : data.layout.frame, { padding: pad(12) });
  };
  const showAttack = (id: string | null) => {
    const a = o.op.attacks.find((x) => x.id === id);
    if (a && !map.getBounds().contains([a.lngLat[0], a.lngLat[1]]))
      map.easeTo({ center: [a.lngLat[0], a.lngLat[1]], duration: duration(true) });
  };

  // The map dropped its feature state (new style, restored context) or has not been told yet: tell it everything.
  const reapply = () => {
    told.clear();
    apply(o.store.getState());
  };
  // State changes are applied to the map after the panel's frame, coalesced, so the panel a click opens is
  // painted before the (slower) WebGL redraw; a hover alone is applied at once (map-timing.ts).
  // Two frames: the one that paints the panel, then the next. Sent any sooner, the map's WebGL commands reach
  // the GPU process while it still composites the panel's frame and (in software GL) delay it on screen.
  const afterPanelFrame = (fn: () => void) => {
    let cancelNext = afterPaint(() => {
      cancelNext = afterPaint(fn);
    });
    return () => cancelNext();
  };
  let shown = o.store.getState();
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    const s = o.store.getState(),
      prev = shown;
    shown = s;
    apply(s);
    if (s.step !== prev.step || !sameSelection(s.selection, prev.selection) || s.strike !== prev.strike)
      moveCamera(s);
    else if (s.attack !== prev.attack) showAttack(s.attack);
  };
  const unsubscribe = o.store.subscribe((s, prev) => {
    const when = mapTiming(s, prev);
    if (when === 'none' || cancel) return;
    if (when === 'now') flush();
    else cancel = afterPanelFrame(flush);
  });
  // A restored context rebuilds the style from a snapshot on the next frame, which drops feature-state:
  // re-apply once that style has loaded (setFeatureState before then throws "Style is not done loading").
  const restored = map.on('webglcontextrestored', () => map.once('style.load', reapply));
  if (map.isStyleLoaded()) reapply();
  else void map.once('load', reapply);
  if (cameraTarget(o.op, o.store.getState()).kind !== 'overview')
    void map.once('load', () => moveCamera(o.store.getState(), false));
  return {
    reapply,
    /** Re-frame what is shown: without animation after a layout change, animated for the reset control. */
    refit: (animate = false) => moveCamera(o.store.getState(), animate),
    destroy() {
      cancel?.();
      unsubscribe();
      restored.unsubscribe();
    },
  };
}
