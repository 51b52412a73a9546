/**
 * The legend: each role with its colour and how many countries hold it. Each
 * entry is a toggle that highlights the countries holding that role.
 */
import { h } from '../dom/h.ts';
import { ROLE_LABELS, roleCounts } from '../data/roles.ts';
import { ROLES, type Operation, type Role } from '../data/types.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export function legendEntries(op: Operation): { role: Role; label: string; count: string }[] {
  const counts = roleCounts(op.participants);
  return ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
    count: role === 'hub' ? op.hub.name : `${counts[role]} ${counts[role] === 1 ? 'country' : 'countries'}`,
  }));
}

export function mountLegend(el: HTMLElement, store: Store<State, Action>, op: Operation) {
  const buttons = legendEntries(op).map((e) =>
    h('button', { type: 'button', class: 'op-legend__item', 'data-role': e.role, 'aria-pressed': 'false' },
      h('span', { class: `op-swatch op-swatch--${e.role}`, 'aria-hidden': 'true' }),
      h('span', { class: 'op-legend__label' }, e.label),
      h('span', { class: 'op-legend__count' }, e.count)));
  el.replaceChildren(h('h2', { class: 'op-legend__title', id: 'op-legend-title' }, 'Roles'), h('ul', { class: 'op-legend__list', role: 'list' }, ...buttons.map((b) => h('li', {}, b))));
  const onClick = (e: MouseEvent) => {
    const role = (e.target as Element | null)?.closest<HTMLElement>('[data-role]')?.dataset.role as Role | undefined;
    if (!role) return;
    store.dispatch({ type: 'filter', role: store.getState().roleFilter === role ? null : role });
  };
  const render = (s: State) => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.role === s.roleFilter)));
  el.addEventListener('click', onClick);
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return { destroy() { unsubscribe(); el.removeEventListener('click', onClick); } };
}
