/**
 * State → map: selection, hover, the legend filter and the chosen strike
 * become feature-state; the attacks layer follows its toggle; selection,
 * strike and tour-step changes move the camera (a jump under reduced motion).
 * Feature state is re-applied after a style change or a restored WebGL
 * context, which both drop it.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { DEFAULT_STRIKE, allStrikeKeys, strikeCountries } from '../data/strikes.ts';
import { TOUR } from '../data/tour.ts';
import { afterPaint } from '../dom/after-paint.ts';
import type { Operation } from '../data/types.ts';
import type { MapData } from '../geo/build-map-data.ts';
import { selectionKey, sameSelection, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { LAYER, SELECT_MAX_ZOOM, SRC } from './ids.ts';
import { featureIdOf } from './keys.ts';
import { framePadding, unionBounds } from './story-camera.ts';

interface SyncOptions {
  readonly data: () => MapData;
  readonly op: Operation;
  readonly store: Store<State, Action>;
  readonly reducedMotion: () => boolean;
  /** Camera padding: `base` on every side, plus whatever a bottom sheet or an embed's card covers. */
  readonly padding?: (base: number) => { top: number; right: number; bottom: number; left: number } | number;
}

type Box = [number, number, number, number];

export function bindMapState(map: MlMap, o: SyncOptions) {
  let deferred = false;
  const keys = allStrikeKeys(o.op);
  const participantKeys = new Set(o.op.participants.map((p) => p.numeric));
  const apply = (s: State) => {
    // Before the style has loaded setFeatureState throws (e.g. a hash change during start-up): apply once the map is idle.
    if (!map.isStyleLoaded()) {
      if (!deferred) { deferred = true; void map.once('idle', () => { deferred = false; reapply(); }); }
      return;
    }
    const selected = featureIdOf(selectionKey(s.selection), o.op);
    const hover = featureIdOf(s.hover, o.op);
    const roles = new Map(strikeCountries(o.op, s.strike).map((c) => [c.numeric, c.roles]));
    const earlier = s.strike !== DEFAULT_STRIKE;
    for (const key of keys) {
      const r = roles.get(key) ?? [];
      const base = { selected: selected === key, hover: hover === key };
      const dim = s.roleFilter !== null && !r.includes(s.roleFilter);
      map.setFeatureState({ source: SRC.countries, id: key }, { ...base, dim, strikeRole: earlier ? (r[0] ?? 'none') : '' });
      if (!participantKeys.has(key)) {
        // A country only this strike colours (Spain, June 2017) is named on the map while the strike is shown.
        map.setFeatureState({ source: SRC.context, id: key }, { shown: earlier && r.length > 0 });
        continue;
      }
      for (const source of [SRC.labels, SRC.spokes, SRC.leaders, SRC.anchors]) map.setFeatureState({ source, id: key }, { ...base, dim: dim || (earlier && !r.length) });
    }
    map.setFeatureState({ source: SRC.hub, id: 'hub' }, { selected: selected === 'hub', hover: hover === 'hub', dim: s.roleFilter !== null && s.roleFilter !== 'hub' });
    const visibility = s.attacks ? 'visible' : 'none';
    for (const layer of [LAYER.attacks, LAYER.attackLabels]) {
      // Before the style has loaded the layer is absent (and setLayoutProperty would throw); 'load' re-applies.
      if (map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== visibility) map.setLayoutProperty(layer, 'visibility', visibility);
    }
    for (const a of o.op.attacks) map.setFeatureState({ source: SRC.attacks, id: a.id }, { selected: s.attack === a.id });
  };

  const pad = (base: number) => o.padding?.(base) ?? base;
  const duration = (animate: boolean) => (animate && !o.reducedMotion() ? 700 : 0);
  const frameKeys = (frame: readonly string[], animate: boolean) => {
    const data = o.data();
    const b = unionBounds(data, frame) ?? data.layout.frame;
    map.fitBounds(b as Box, { padding: pad(framePadding(map.getContainer().clientWidth)), maxZoom: 5, duration: duration(animate) });
  };
  const moveCamera = (s: State, animate = true) => {
    const step = s.step === null ? undefined : TOUR[s.step - 1];
    if (step) return frameKeys(step.frame, animate);
    const id = featureIdOf(selectionKey(s.selection), o.op);
    const data = o.data();
    const b = id ? data.bounds[id] : undefined;
    if (b) return map.fitBounds(b as Box, { padding: pad(map.getContainer().clientWidth < 600 ? 24 : 60), maxZoom: SELECT_MAX_ZOOM, duration: duration(animate) });
    const struck = s.strike === DEFAULT_STRIKE ? [] : strikeCountries(o.op, s.strike).map((c) => c.numeric);
    const union = unionBounds(data, struck);
    if (union) {
      const [w, so, e, n] = data.layout.frame;
      const box: Box = [Math.min(w, union[0]), Math.min(so, union[1]), Math.max(e, union[2]), Math.max(n, union[3])];
      return map.fitBounds(box, { padding: pad(12), duration: duration(animate) });
    }
    map.fitBounds(data.layout.frame as Box, { padding: pad(12), duration: duration(animate) });
  };
  const showAttack = (id: string | null) => {
    const a = o.op.attacks.find((x) => x.id === id);
    if (a && !map.getBounds().contains([a.lngLat[0], a.lngLat[1]])) map.easeTo({ center: [a.lngLat[0], a.lngLat[1]], duration: duration(true) });
  };

  const reapply = () => apply(o.store.getState());
  // State changes are applied to the map after the next paint, coalesced, so
  // the panel a click opens is painted before the (slower) WebGL redraw.
  let shown = o.store.getState();
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    const s = o.store.getState(), prev = shown;
    shown = s;
    apply(s);
    if (s.step !== prev.step || !sameSelection(s.selection, prev.selection) || s.strike !== prev.strike) moveCamera(s);
    else if (s.attack !== prev.attack) showAttack(s.attack);
  };
  const unsubscribe = o.store.subscribe(() => {
    cancel ??= afterPaint(flush);
  });
  // A restored context rebuilds the style from a snapshot on the next frame, which drops feature-state:
  // re-apply once that style has loaded (setFeatureState before then throws "Style is not done loading").
  const restored = map.on('webglcontextrestored', () => map.once('style.load', reapply));
  if (map.isStyleLoaded()) reapply();
  else map.once('load', reapply);
  const start = o.store.getState();
  if (start.selection.kind !== 'overview' || start.step !== null || start.strike !== DEFAULT_STRIKE) map.once('load', () => moveCamera(o.store.getState(), false));
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
