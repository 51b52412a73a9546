/**
 * When the interactive map is told about a state change (map-state-sync.ts).
 * A selection, strike, step, filter or attack changes what the panel and the
 * other DOM views show: they update in the event's task and are painted
 * first; the map (feature state, camera) is told a frame after that paint
 * (map-state-sync.ts), so its redraw never delays the panel: in software GL
 * the map's WebGL commands, sent sooner, queue in the GPU process ahead of
 * the panel frame's compositing. A hover alone changes the state of one or
 * two features and moves nothing: the map is told at once, so its redraw
 * joins the frame that paints the DOM's hover (one frame instead of two;
 * in software GL a frame with the map in it costs the compositor about
 * 2.5 times a DOM-only one, and a queued frame delays the next click's).
 * A notice alone does not concern the map. Pure.
 */
import type { State } from '../state/reducer.ts';

export type MapTiming = 'none' | 'now' | 'after-paint';

export function mapTiming(s: State, prev: State): MapTiming {
  const changed = (Object.keys(s) as (keyof State)[]).filter((k) => s[k] !== prev[k]);
  if (changed.every((k) => k === 'notice')) return 'none';
  if (changed.every((k) => k === 'hover' || k === 'notice')) return 'now';
  return 'after-paint';
}
