/**
 * The table view: every participant and the hub with role, authority,
 * action and sources, for readers who prefer a table to a map. A toggle
 * swaps it with the map in the same region. The table is built when it is
 * first shown (most readers never open it), then kept and rebuilt only when
 * the strike changes; its code is small (about 2 KB with its selector), so it
 * stays in the start chunk and opening it needs no request.
 */
import { h } from '../dom/h.ts';
import type { Operation } from '../data/types.ts';
import type { Action, State } from '../state/reducer.ts';
import { tableModel } from '../state/selectors-story.ts';
import type { Store } from '../state/store.ts';
import { citesNode } from './cite.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

const COLUMNS = ['table.country', 'table.role', 'table.authority', 'table.facts', 'table.sources'] as const;

export function tableNode(op: Operation, s: Pick<State, 'strike'>, i18n: I18n = EN_I18N): HTMLTableElement {
  const { caption, rows } = tableModel(op, s, i18n);
  const columns = COLUMNS.map((c) => i18n.t(c));
  /** Each data cell carries its column's name, which phones show above it when rows become cards. */
  const cell = (i: number) => ({ 'data-label': columns[i] });
  return h(
    'table',
    { class: 'op-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-key': r.key },
          h('th', { scope: 'row' }, r.name),
          h('td', cell(1), r.roles),
          h('td', cell(2), r.authority),
          h('td', cell(3), h('ul', { class: 'op-table__facts' }, ...r.facts.map((f) => h('li', {}, f)))),
          h('td', cell(4), citesNode(r.cite, i18n)),
        ),
      ),
    ),
  );
}

/** Wires the map/table toggle button; the table is built in `el` when first shown. */
export function mountTableView(
  el: HTMLElement,
  toggle: HTMLButtonElement,
  stage: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  let built = false;
  const render = (s: Pick<State, 'strike'>) => el.replaceChildren(tableNode(op, s, i18n));
  const unsubscribe = store.subscribe((s, prev) => {
    if (built && s.strike !== prev.strike) render(s);
  });
  const set = (table: boolean) => {
    if (table && !built) {
      built = true;
      render(store.getState());
    }
    stage.classList.toggle('is-table', table);
    el.hidden = !table;
    toggle.setAttribute('aria-pressed', String(table));
    toggle.textContent = i18n.t(table ? 'page.tableHide' : 'page.tableShow');
  };
  const onClick = () => {
    set(toggle.getAttribute('aria-pressed') !== 'true');
    if (!el.hidden) el.querySelector('caption')?.setAttribute('tabindex', '-1');
  };
  set(false);
  toggle.addEventListener('click', onClick);
  return {
    destroy() {
      unsubscribe();
      toggle.removeEventListener('click', onClick);
    },
  };
}
