/**
 * The legend: each role with its colour and how many countries hold it in the
 * chosen strike (roles no country holds in that strike are hidden). Each
 * entry is a toggle that highlights the countries holding that role.
 */
import { h } from '../dom/h.ts';
import { setAttr } from '../dom/set-attr.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { opRoles, roleLabel } from '../data/roles.ts';
import type { Operation, Role } from '../data/types.ts';
import type { Action, State } from '../state/reducer.ts';
import { legendEntries } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

export function mountLegend(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  const roles = opRoles(op);
  const counts = roles.map(() => h('span', { class: 'op-legend__count' }));
  const buttons = roles.map((role, i) =>
    h(
      'button',
      { type: 'button', class: 'op-legend__item', 'data-role': role, 'aria-pressed': 'false' },
      h('span', { class: `op-swatch op-swatch--${role}`, 'aria-hidden': 'true' }),
      h('span', { class: 'op-legend__label' }, roleLabel(op, role, i18n)),
      counts[i],
    ),
  );
  const items = buttons.map((b) => h('li', {}, b));
  el.replaceChildren(
    h('h2', { class: 'op-legend__title', id: 'op-legend-title' }, i18n.t('legend.title')),
    h('ul', { class: 'op-legend__list', role: 'list' }, ...items),
  );
  const onClick = (e: MouseEvent) => {
    const name = (e.target as Element | null)?.closest<HTMLElement>('[data-role]')?.dataset.role;
    const role = roles.find((r): r is Role => r === name);
    if (!role) return;
    store.dispatch({ type: 'filter', role: store.getState().roleFilter === role ? null : role });
  };
  const render = (s: State) => {
    legendEntries(op, s, i18n).forEach((e, i) => {
      if (counts[i]!.textContent !== e.count) counts[i]!.textContent = e.count;
      if (items[i]!.hidden !== (e.n === 0)) items[i]!.hidden = e.n === 0;
      setAttr(buttons[i]!, 'aria-pressed', String(e.pressed));
    });
  };
  el.addEventListener('click', onClick);
  render(store.getState());
  // Only the strike and the filter change what the legend shows (not a hover or a selection).
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.strike !== prev.strike || s.roleFilter !== prev.roleFilter) render(s);
  });
  return {
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
    },
  };
}
