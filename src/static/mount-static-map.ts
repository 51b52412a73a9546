/**
 * The static twin, made live: the SVG pictures already in the HTML follow the
 * store (selected, hovered and filtered-out shapes get classes) and a click
 * on a country or the hub selects it. The participant list stays the
 * keyboard path; the pictures are role="img" with their shapes hidden from
 * assistive technology.
 */
import type { Alpha2, Operation } from '../data/types.ts';
import { selectionKey, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export interface StaticMapHandle {
  /** Whether the HTML carried a static picture at all. */
  readonly present: boolean;
  destroy(): void;
}

const keyAt = (e: Event): string | null => (e.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key') ?? null;

export function mountStaticMap(container: HTMLElement, store: Store<State, Action>, op: Operation): StaticMapHandle {
  const svgs = [...container.querySelectorAll<SVGSVGElement>('svg.op-static')];
  const shapes = svgs.flatMap((svg) => [...svg.querySelectorAll<SVGElement>('[data-key]')]);
  const roles = new Map<string, readonly string[]>([...op.participants.map((p) => [p.alpha2, p.roles] as const), ['hub', ['hub']]]);

  const render = (s: State) => {
    const selected = selectionKey(s.selection);
    for (const el of shapes) {
      const key = el.getAttribute('data-key') ?? '';
      const isSelected = key === selected;
      el.classList.toggle('is-selected', isSelected);
      el.classList.toggle('is-hover', key === s.hover);
      el.classList.toggle('is-dim', s.roleFilter !== null && !(roles.get(key) ?? []).includes(s.roleFilter));
      // Draw the selected outline above its neighbours.
      if (isSelected && el.classList.contains('country') && el.nextElementSibling) el.parentNode?.appendChild(el);
    }
  };
  const onClick = (e: MouseEvent) => {
    const key = keyAt(e);
    if (!key || !roles.has(key)) return;
    store.dispatch({ type: 'select', selection: key === 'hub' ? { kind: 'hub' } : { kind: 'country', code: key as Alpha2 } });
  };
  const onOver = (e: MouseEvent) => store.dispatch({ type: 'hover', key: keyAt(e) });
  const onLeave = () => store.dispatch({ type: 'hover', key: null });
  for (const svg of svgs) {
    svg.addEventListener('click', onClick);
    svg.addEventListener('mouseover', onOver);
    svg.addEventListener('mouseleave', onLeave);
  }
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    present: svgs.length > 0,
    destroy() {
      unsubscribe();
      for (const svg of svgs) {
        svg.removeEventListener('click', onClick);
        svg.removeEventListener('mouseover', onOver);
        svg.removeEventListener('mouseleave', onLeave);
      }
    },
  };
}
