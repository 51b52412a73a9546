/**
 * The static twin, made live: the SVG pictures already in the HTML follow the
 * store through the selectors (each named place's role colour in the chosen
 * strike, selected, hovered and filtered-out shapes) and a click on a
 * country or the hub selects it. The participant list stays the keyboard
 * path; the pictures are role="img" with their shapes hidden from assistive
 * technology.
 *
 * Once the interactive map has drawn (`data-map-state="ready"`) the pictures
 * are hidden on screen (static-map.css), so a state change is not drawn into
 * them: they catch up when they show again (a lost WebGL context, a failed
 * map) or before printing (print shows the picture). Only shapes whose place
 * changed are touched.
 */
import { ROLES, type Operation } from '../data/types.ts';
import { listen } from '../dom/listen.ts';
import { selectionOf, type Action, type State } from '../state/reducer.ts';
import { pickableKeys, placeViews, type PlaceView } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

export interface StaticMapHandle {
  /** Whether the HTML carried a static picture at all. */
  readonly present: boolean;
  destroy(): void;
}

const ROLE_CLASSES = ROLES.map((r) => `role-${r}`);
const samePlace = (a: PlaceView, b: PlaceView) =>
  a.role === b.role &&
  a.selected === b.selected &&
  a.hover === b.hover &&
  a.dim === b.dim &&
  a.quiet === b.quiet &&
  a.patterned === b.patterned;

export function mountStaticMap(
  container: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
): StaticMapHandle {
  const svgs = [...container.querySelectorAll<SVGSVGElement>('svg.op-static')];
  const shapes = svgs.flatMap((svg) => [...svg.querySelectorAll<SVGElement>('[data-key]')]);
  const keyAt = (e: Event) => {
    const raw = (e.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
    return pickableKeys(op, store.getState()).find((k) => k === raw) ?? null;
  };

  const keyOf = new Map(shapes.map((el) => [el, el.getAttribute('data-key') ?? '']));
  let drawn: ReadonlyMap<string, PlaceView> | null = null;
  const render = (s: State) => {
    const views: ReadonlyMap<string, PlaceView> = placeViews(op, s);
    const before = drawn;
    drawn = views;
    for (const el of shapes) {
      const key = keyOf.get(el)!;
      const v = views.get(key);
      if (!v) continue;
      const was = before?.get(key);
      if (was && samePlace(was, v)) continue;
      el.classList.toggle('is-selected', v.selected);
      el.classList.toggle('is-hover', v.hover);
      el.classList.toggle('is-dim', v.dim);
      el.classList.toggle('is-quiet', v.quiet);
      if (el.classList.contains('country')) {
        el.classList.remove(...ROLE_CLASSES);
        if (v.role) el.classList.add(`role-${v.role}`);
        // Draw the selected outline above its neighbours.
        if (v.selected && el.nextElementSibling) el.parentNode?.appendChild(el);
      }
      if (el.classList.contains('pattern')) el.classList.toggle('is-off', !v.patterned);
    }
  };
  const onClick = (e: MouseEvent) => {
    const key = keyAt(e);
    if (key) store.dispatch({ type: 'select', selection: selectionOf(key) });
  };
  const onOver = (e: MouseEvent) => store.dispatch({ type: 'hover', key: keyAt(e) });
  const onLeave = () => store.dispatch({ type: 'hover', key: null });
  const off = svgs.flatMap((svg) => [
    listen(svg, 'click', onClick),
    listen(svg, 'mouseover', onOver),
    listen(svg, 'mouseleave', onLeave),
  ]);
  // What the pictures show is the state when they were last drawn; `shown` is false while the map covers them.
  let drawnState: State | null = null;
  let printing = false;
  const shown = () =>
    printing ||
    document.documentElement.dataset.mapState !== 'ready' ||
    container.classList.contains('is-context-lost');
  const update = () => {
    const s = store.getState();
    if (s === drawnState || !shown()) return;
    drawnState = s;
    render(s);
  };
  const onPrint = () => {
    printing = true;
    update();
    printing = false;
  };
  update();
  const unsubscribe = store.subscribe(update);
  const observer = svgs.length ? new MutationObserver(update) : null;
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-map-state'] });
  observer?.observe(container, { attributes: true, attributeFilter: ['class'] });
  off.push(listen(window, 'beforeprint', onPrint));
  return {
    present: svgs.length > 0,
    destroy() {
      unsubscribe();
      observer?.disconnect();
      for (const f of off) f();
    },
  };
}
