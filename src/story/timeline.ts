/**
 * The campaign timeline: one button per entry (aria-pressed), Europol's
 * end-of-2015 alert and the strikes, and the chosen entry told with its
 * citations: who led a strike, where a source names a lead.
 * Choosing a strike re-colours the map through the store.
 */
import { h } from '../dom/h.ts';
import { ROLE_LABELS } from '../data/roles.ts';
import { findStrike } from '../data/strikes.ts';
import type { Operation, Strike } from '../data/types.ts';
import { factNode, citesNode } from '../panels/cite.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

function strikeNodes(s: Strike): Node[] {
  const lead = s.kind === 'strike' && s.leadName ? h('p', { class: 'op-strike__lead' }, h('strong', {}, 'Led by: '), s.leadName) : null;
  const coloured = s.countries?.length
    ? h('ul', { class: 'op-facts' }, ...s.countries.map((c) => h('li', { class: 'op-fact' }, `${c.name}: ${ROLE_LABELS[c.role].toLowerCase()} `, citesNode(c.cite))))
    : null;
  return [
    h('h3', { class: 'op-strike__title' }, s.label),
    lead,
    factNode(s.summary),
    ...s.details.map((f) => factNode(f)),
    coloured ? h('p', { class: 'op-strike__map' }, 'Coloured on the map for this strike:')
      : s.lead === null ? h('p', { class: 'op-strike__map' }, `No country is coloured on the map for ${s.kind === 'alert' ? 'the alert' : 'this strike'}.`) : null,
    coloured,
  ].filter((n): n is HTMLElement => n !== null);
}

/** `el` gets the buttons (above the map), `detail` the chosen strike's story (below the legend). */
export function mountTimeline(el: HTMLElement, detail: HTMLElement, store: Store<State, Action>, op: Operation) {
  const buttons = op.strikes.map((s) =>
    h('button', { type: 'button', class: 'op-timeline__item', 'data-strike': s.id, 'aria-pressed': 'false' },
      h('span', { class: 'op-timeline__dot', 'aria-hidden': 'true' }), s.label));
  detail.setAttribute('aria-live', 'polite');
  el.replaceChildren(
    h('h2', { class: 'op-timeline__title', id: 'op-timeline-title' }, 'The campaign against Amaq, 2015–2018'),
    h('ul', { class: 'op-timeline__list', role: 'list', 'aria-labelledby': 'op-timeline-title', 'aria-controls': detail.id || null }, ...buttons.map((b) => h('li', {}, b))));
  const onClick = (e: MouseEvent) => {
    const id = (e.target as Element | null)?.closest<HTMLElement>('[data-strike]')?.dataset.strike;
    if (id) store.dispatch({ type: 'strike', strike: id });
  };
  const render = (s: State) => {
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.strike === s.strike)));
    const strike = findStrike(op, s.strike);
    detail.dataset.currentStrike = s.strike;
    detail.replaceChildren(...(strike ? strikeNodes(strike) : []));
  };
  el.addEventListener('click', onClick);
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => { if (s.strike !== prev.strike) render(s); });
  return { destroy() { unsubscribe(); el.removeEventListener('click', onClick); } };
}
