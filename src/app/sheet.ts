/**
 * Cards over the map: on phones and tablets the panel of a selection is a
 * bottom sheet (CSS, ≤ 900 px); in a compact embed the panel and the running
 * tour are a card inside the map's frame (embed.css). This module keeps the
 * selected country in sight: it tells the camera how much of the map the
 * cards cover, and on a selection scrolls the map (not the panel) into view
 * when a sheet is showing, so the page never scrolls the map away.
 */
import { sameSelection, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const shown = (el: HTMLElement) =>
  el.isConnected && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;

/**
 * Pixels of the map box covered by each card, by side: a card that spans most
 * of the map's width covers its bottom (or top); a narrower one its right (or left).
 * Only what is on screen counts (a fixed sheet covers the map up to the window's bottom).
 */
export function coverInsets(
  map: HTMLElement,
  cards: readonly HTMLElement[],
  viewportHeight = window.innerHeight,
): Insets {
  const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const m = map.getBoundingClientRect();
  if (m.width <= 0 || m.height <= 0) return out;
  const bottom = Math.min(m.bottom, viewportHeight);
  for (const card of cards) {
    if (!shown(card)) continue;
    const fixed = getComputedStyle(card).position === 'fixed';
    const p = card.getBoundingClientRect();
    const w = Math.min(m.right, p.right) - Math.max(m.left, p.left);
    const hgt = Math.min(bottom, p.bottom) - Math.max(m.top, p.top);
    if (w <= 0 || hgt <= 0) continue;
    if (fixed || w >= m.width * 0.6) {
      if (p.top - m.top >= bottom - p.bottom) out.bottom = Math.max(out.bottom, bottom - p.top);
      else out.top = Math.max(out.top, p.bottom - m.top);
    } else if (p.left - m.left >= m.right - p.right) out.right = Math.max(out.right, m.right - p.left);
    else out.left = Math.max(out.left, p.right - m.left);
  }
  return out;
}

/** Pixels of the map box hidden under the panel when the panel is a fixed sheet. */
export function sheetOverlap(map: HTMLElement, panel: HTMLElement): number {
  if (getComputedStyle(panel).position !== 'fixed') return 0;
  return coverInsets(map, [panel]).bottom;
}

/**
 * Camera padding: `base` around the target plus whatever the cards cover (never more than 60 % of the map).
 * Where a card leaves little map, the base shrinks first (to no less than 8 px), so that at least 35 % of
 * the map's height and width stays for the target: a card over most of a small embed otherwise left the
 * target a 15 px strip, and the camera showed the whole world.
 */
export function cameraPadding(map: HTMLElement, cards: readonly HTMLElement[], base: number): Insets {
  const c = coverInsets(map, cards);
  const axis = (a: number, b: number, size: number): [number, number] => {
    const cap = (v: number) => Math.max(0, Math.min(v, size * 0.6));
    const free = size - cap(a) - cap(b);
    const pad = Math.max(MIN_PAD, Math.min(base, (free - size * 0.35) / 2));
    return [cap(a) + pad, cap(b) + pad];
  };
  const [top, bottom] = axis(c.top, c.bottom, map.clientHeight);
  const [left, right] = axis(c.left, c.right, map.clientWidth);
  return { top, right, bottom, left };
}
const MIN_PAD = 8;

/**
 * `cards`: the panel and the tour. When one of them is a fixed sheet (phones
 * and tablets), a new selection or tour step scrolls the map into view above
 * it, unless the map is already near the top of the window: no scroll jumps.
 */
export function bindSheet(
  store: Store<State, Action>,
  map: HTMLElement,
  cards: readonly HTMLElement[],
  reducedMotion: () => boolean,
) {
  const reveal = (smooth: boolean) => {
    if (!cards.some((c) => shown(c) && getComputedStyle(c).position === 'fixed')) return;
    const r = map.getBoundingClientRect();
    // Already in view above the sheet: leave the page where the reader put it.
    if (r.top >= 0 && r.top < window.innerHeight * 0.25) return;
    map.scrollIntoView({ block: 'start', behavior: smooth && !reducedMotion() ? 'smooth' : 'auto' });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.step !== prev.step
        ? s.step !== null
        : !sameSelection(s.selection, prev.selection) && s.selection.kind !== 'overview'
    )
      reveal(true);
  });
  // A deep link to a country or a tour step on a phone opens with the map in view above its sheet.
  const first = store.getState();
  const frame =
    first.selection.kind !== 'overview' || first.step !== null
      ? requestAnimationFrame(() => reveal(false))
      : 0;
  return {
    destroy() {
      cancelAnimationFrame(frame);
      unsubscribe();
    },
  };
}
