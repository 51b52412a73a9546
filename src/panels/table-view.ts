/**
 * The table view: every participant and the hub with role, authority,
 * action and sources, for readers who prefer a table to a map. A toggle
 * swaps it with the map in the same region.
 */
import { h } from '../dom/h.ts';
import { ROLE_LABELS } from '../data/roles.ts';
import { AUTHORITY_NOT_NAMED } from '../data/participants.ts';
import type { Citation, Operation } from '../data/types.ts';
import { citesNode } from './cite.ts';

const unique = (cites: readonly Citation[]): Citation[] =>
  cites.filter((c, i, all) => all.findIndex((x) => x.source === c.source && x.paragraph === c.paragraph) === i);

export function tableNode(op: Operation): HTMLTableElement {
  // Every action and caveat is shown, and the Sources cell cites exactly what the row shows.
  const rows = op.participants.map((p) =>
    h('tr', {},
      h('th', { scope: 'row' }, p.name),
      h('td', {}, p.roles.map((r) => ROLE_LABELS[r]).join(', ')),
      h('td', {}, p.authority?.text ?? `Not named: ${AUTHORITY_NOT_NAMED.text}`),
      h('td', {}, h('ul', { class: 'op-table__facts' }, ...[...p.actions, ...p.caveats].map((f) => h('li', {}, f.unconfirmed ? 'Unconfirmed: ' : '', f.text)))),
      h('td', {}, citesNode(unique([...(p.authority?.cite ?? []), ...p.actions.flatMap((a) => a.cite), ...p.caveats.flatMap((a) => a.cite)])))));
  const hub = op.hub;
  rows.push(h('tr', {},
    h('th', { scope: 'row' }, hub.name),
    h('td', {}, ROLE_LABELS.hub),
    h('td', {}, hub.bodies.map((b) => b.name).join('; ')),
    h('td', {}, h('ul', { class: 'op-table__facts' }, ...[...hub.bodies.map((b) => b.what), ...hub.caveats].map((f) => h('li', {}, f.research ? 'Research note: ' : '', f.text)))),
    h('td', {}, citesNode(unique([...hub.bodies.flatMap((b) => b.what.cite), ...hub.caveats.flatMap((f) => f.cite)])))));
  return h('table', { class: 'op-table' },
    h('caption', {}, 'Participants and their roles, with sources'),
    h('thead', {}, h('tr', {}, ...['Country', 'Role', 'Authority', 'What it did, and where sources differ', 'Sources'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows));
}

/** Mounts the table in `el` and wires the map/table toggle button. */
export function mountTableView(el: HTMLElement, toggle: HTMLButtonElement, stage: HTMLElement, op: Operation) {
  el.replaceChildren(tableNode(op));
  const set = (table: boolean) => {
    stage.classList.toggle('is-table', table);
    el.hidden = !table;
    toggle.setAttribute('aria-pressed', String(table));
    toggle.textContent = table ? 'Show the map' : 'Show as a table';
  };
  const onClick = () => {
    set(toggle.getAttribute('aria-pressed') !== 'true');
    if (!el.hidden) el.querySelector('caption')?.setAttribute('tabindex', '-1');
  };
  set(false);
  toggle.addEventListener('click', onClick);
  return { destroy() { toggle.removeEventListener('click', onClick); } };
}
