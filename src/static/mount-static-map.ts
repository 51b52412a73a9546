/**
 * The static twin, made live: the SVG pictures already in the HTML follow the
 * store through the selectors (each named place's role colour in the chosen
 * strike, selected, hovered and filtered-out shapes) and a click on a
 * country or the hub selects it. The participant list stays the keyboard
 * path; the pictures are role="img" with their shapes hidden from assistive
 * technology.
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

  const render = (s: State) => {
    const views: ReadonlyMap<string, PlaceView> = placeViews(op, s);
    for (const el of shapes) {
      const v = views.get(el.getAttribute('data-key') ?? '');
      if (!v) continue;
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
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    present: svgs.length > 0,
    destroy() {
      unsubscribe();
      for (const f of off) f();
    },
  };
}
