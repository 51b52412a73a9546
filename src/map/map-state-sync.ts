/**
 * State → map: selection, hover and the legend filter become feature-state;
 * selection changes move the camera (a jump under reduced motion). Feature
 * state is re-applied after a style change or a restored WebGL context,
 * which both drop it.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { afterPaint } from '../dom/after-paint.ts';
import type { Operation } from '../data/types.ts';
import type { MapData } from '../geo/build-map-data.ts';
import { selectionKey, sameSelection, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { SRC } from './ids.ts';
import { featureIdOf } from './keys.ts';

interface SyncOptions {
  readonly data: () => MapData;
  readonly op: Operation;
  readonly store: Store<State, Action>;
  readonly reducedMotion: () => boolean;
  /** Padding around a selected country; grows where a bottom sheet covers the map. */
  readonly padding?: () => { top: number; right: number; bottom: number; left: number };
}

const STATEFUL = [SRC.countries, SRC.labels, SRC.spokes] as const;

export function bindMapState(map: MlMap, o: SyncOptions) {
  let deferred = false;
  const apply = (s: State) => {
    // Before the style has loaded setFeatureState throws (e.g. a hash change during start-up): apply once the map is idle.
    if (!map.isStyleLoaded()) {
      if (!deferred) { deferred = true; void map.once('idle', () => { deferred = false; reapply(); }); }
      return;
    }
    const selected = featureIdOf(selectionKey(s.selection), o.op);
    const hover = featureIdOf(s.hover, o.op);
    for (const p of o.op.participants) {
      const dim = s.roleFilter !== null && !p.roles.includes(s.roleFilter);
      for (const source of STATEFUL) {
        map.setFeatureState({ source, id: p.numeric }, { selected: selected === p.numeric, hover: hover === p.numeric, dim });
      }
    }
    map.setFeatureState({ source: SRC.hub, id: 'hub' }, { selected: selected === 'hub', hover: hover === 'hub', dim: s.roleFilter !== null && s.roleFilter !== 'hub' });
  };

  const moveCamera = (s: State, animate = true) => {
    const id = featureIdOf(selectionKey(s.selection), o.op);
    const data = o.data();
    const frame = data.layout.frame as [number, number, number, number];
    const b = id ? data.bounds[id] : undefined;
    const duration = animate && !o.reducedMotion() ? 700 : 0;
    if (!b) map.fitBounds(frame, { padding: 12, duration });
    else map.fitBounds(b as [number, number, number, number], { padding: o.padding?.() ?? 60, maxZoom: id === 'hub' ? 6 : 4.5, duration });
  };

  const reapply = () => apply(o.store.getState());
  // State changes are applied to the map after the next paint, coalesced, so
  // the panel a click opens is painted before the (slower) WebGL redraw.
  let shown = o.store.getState().selection;
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    const s = o.store.getState();
    apply(s);
    if (!sameSelection(s.selection, shown)) moveCamera(s);
    shown = s.selection;
  };
  const unsubscribe = o.store.subscribe(() => {
    cancel ??= afterPaint(flush);
  });
  // A restored context rebuilds the style from a snapshot on the next frame, which drops feature-state:
  // re-apply once that style has loaded (setFeatureState before then throws "Style is not done loading").
  const restored = map.on('webglcontextrestored', () => map.once('style.load', reapply));
  if (map.isStyleLoaded()) reapply();
  else map.once('load', reapply);
  if (o.store.getState().selection.kind !== 'overview') map.once('load', () => moveCamera(o.store.getState(), false));
  return {
    reapply,
    /** Re-frame the current selection without animation (after a layout change). */
    refit: () => moveCamera(o.store.getState(), false),
    destroy() {
      cancel?.();
      unsubscribe();
      restored.unsubscribe();
    },
  };
}
