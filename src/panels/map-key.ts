/**
 * The map's key, directly above the map: each role held in the chosen strike
 * (colour and pattern, the same swatches as the list), the hub, the spokes
 * and, when the operation has one, what the North America inset means.
 * Visual only: the participant list and the legend filter are the
 * interactive and screen-reader paths, so the key is hidden from assistive
 * technology rather than read twice.
 */
import { h } from '../dom/h.ts';
import { needsInset } from '../geo/inset-codes.ts';
import { roleLabel } from '../data/roles.ts';
import type { Operation } from '../data/types.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { legendEntries } from '../state/selectors.ts';

export const KEY_TEXT = {
  hub: 'coordination hub',
  spoke: 'coordinated from The Hague',
  inset: 'North America, at a smaller scale',
} as const;

/** "Coordination hub" → "coordination hub" after the place name; names ("Europol …") keep their capital. */
const lowerFirst = (label: string): string =>
  /^[A-Z][a-z]+ [a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

export function mountMapKey(el: HTMLElement, store: Store<State, Action>, op: Operation) {
  const list = h('ul', { class: 'op-key__list', role: 'list' });
  el.setAttribute('aria-hidden', 'true');
  el.replaceChildren(list);
  const inset = needsInset(op.participants.map((p) => p.alpha2));
  const render = (s: State) => {
    const roles = legendEntries(op, s).filter((e) => e.role !== 'hub' && e.n > 0);
    const items = [
      ...roles.map((e) =>
        h(
          'li',
          { class: 'op-key__item', 'data-role': e.role },
          h('span', { class: `op-swatch op-swatch--${e.role}` }),
          e.label,
        ),
      ),
      h(
        'li',
        { class: 'op-key__item op-key__item--hub' },
        h('span', { class: 'op-swatch op-swatch--hub' }),
        `${op.hub.name}, ${lowerFirst(roleLabel(op, 'hub'))}`,
      ),
      op.participants.length
        ? h(
            'li',
            { class: 'op-key__item op-key__item--spoke' },
            h('span', { class: 'op-key__spoke' }),
            KEY_TEXT.spoke,
          )
        : null,
    ].filter((n): n is HTMLLIElement => n !== null);
    if (inset)
      items.push(
        h(
          'li',
          { class: 'op-key__item op-key__item--inset' },
          h('span', { class: 'op-key__inset' }),
          KEY_TEXT.inset,
        ),
      );
    list.replaceChildren(...items);
  };
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.strike !== prev.strike) render(s);
  });
  return {
    destroy() {
      unsubscribe();
    },
  };
}
