/**
 * Phones: the panel of a selection is a bottom sheet (CSS, narrower than NARROW_PX). This
 * module keeps the selected country in sight above it: it scrolls the map
 * into view on a selection and tells the camera how much of the map the
 * sheet covers.
 */
import { NARROW_PX } from '../geo/orientation.ts';
import { sameSelection, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export interface Insets { top: number; right: number; bottom: number; left: number }

/** Pixels of the map box hidden under the panel when the panel is a fixed sheet. */
export function sheetOverlap(map: HTMLElement, panel: HTMLElement): number {
  if (getComputedStyle(panel).position !== 'fixed') return 0;
  const m = map.getBoundingClientRect(), p = panel.getBoundingClientRect();
  return Math.max(0, Math.min(m.bottom, window.innerHeight) - p.top);
}

/** Camera padding for a selection: room around the country plus whatever the sheet covers. */
export function cameraPadding(map: HTMLElement, panel: HTMLElement): Insets {
  const base = map.clientWidth < NARROW_PX ? 24 : 60;
  return { top: base, right: base, left: base, bottom: base + sheetOverlap(map, panel) };
}

export function bindSheet(store: Store<State, Action>, map: HTMLElement, panel: HTMLElement, reducedMotion: () => boolean) {
  const reveal = (smooth: boolean) => {
    if (getComputedStyle(panel).position !== 'fixed') return;
    map.scrollIntoView({ block: 'start', behavior: smooth && !reducedMotion() ? 'smooth' : 'auto' });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!sameSelection(s.selection, prev.selection) && s.selection.kind !== 'overview') reveal(true);
  });
  // A deep link to a country on a phone opens with the map in view above its sheet.
  const frame = store.getState().selection.kind !== 'overview' ? requestAnimationFrame(() => reveal(false)) : 0;
  return { destroy() { cancelAnimationFrame(frame); unsubscribe(); } };
}
