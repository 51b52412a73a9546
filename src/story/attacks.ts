/**
 * The claimed-attacks toggle and list. The toggle shows the map layer and a
 * list of the five attacks, each a button that opens its details (date,
 * place, how it was claimed, where the approximate marker stands, sources).
 * The report's loose "in 2016" is corrected plainly above the list. An
 * operation without attacks gets nothing (an empty, hidden box).
 */
import { h } from '../dom/h.ts';
import type { Attack, Operation } from '../data/types.ts';
import { attackDate } from './attack-date.ts';
import { citesNode, factNode } from '../panels/cite.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

function detailNodes(a: Attack, i18n: I18n): Node[] {
  return [
    h('h3', { class: 'op-attack__title', tabindex: '-1' }, `${a.place}, ${attackDate(a.date, i18n.locale)}`),
    h('p', { class: 'op-fact' }, a.name, ' ', citesNode(a.cite, i18n)),
    ...a.claims.map((f) => factNode(f, 'p', i18n)),
    h('p', { class: 'op-attack__marks' }, h('strong', {}, i18n.t('attacks.marker')), a.marks),
  ];
}

export function mountAttacks(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  // An operation with no claimed attacks in its data shows no toggle (it would open an empty list).
  if (op.attacks.length === 0) {
    el.replaceChildren();
    el.hidden = true;
    return { destroy() {} };
  }
  el.hidden = false;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'op-toggle',
      'data-action': 'attacks',
      'aria-pressed': 'false',
      'aria-controls': 'op-attacks-body',
    },
    h('span', { class: 'op-toggle__track', 'aria-hidden': 'true' }),
    i18n.t('attacks.toggle'),
  );
  const items = op.attacks.map((a) =>
    h(
      'button',
      {
        type: 'button',
        class: 'op-attack',
        'data-attack': a.id,
        'aria-pressed': 'false',
        'aria-controls': 'op-attack-detail',
      },
      h('span', { class: 'op-attack__marker', 'aria-hidden': 'true' }),
      h('span', { class: 'op-attack__place' }, a.place),
      ' ',
      h(
        'span',
        { class: 'op-attack__date' },
        h('time', { datetime: a.date }, attackDate(a.date, i18n.locale)),
      ),
    ),
  );
  const detail = h('div', { class: 'op-attack-detail', id: 'op-attack-detail', 'aria-live': 'polite' });
  const body = h(
    'div',
    { class: 'op-attacks__body', id: 'op-attacks-body', hidden: true },
    h('h3', {}, i18n.t('attacks.title')),
    h('ul', { class: 'op-facts op-facts--caveats' }, ...op.attacksNote.map((f) => factNode(f, 'li', i18n))),
    h('ul', { class: 'op-attacks__list', role: 'list' }, ...items.map((b) => h('li', {}, b))),
    detail,
  );
  el.replaceChildren(toggle, body);

  const onClick = (e: MouseEvent) => {
    const t = e.target as Element | null;
    if (t?.closest('[data-action="attacks"]'))
      return store.dispatch({ type: 'attacks', show: !store.getState().attacks });
    const id = t?.closest<HTMLElement>('[data-attack]')?.dataset.attack;
    if (id) store.dispatch({ type: 'attack', id: store.getState().attack === id ? null : id });
  };
  const render = (s: State) => {
    toggle.setAttribute('aria-pressed', String(s.attacks));
    body.hidden = !s.attacks;
    items.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.attack === s.attack)));
    const a = op.attacks.find((x) => x.id === s.attack);
    detail.replaceChildren(...(a ? detailNodes(a, i18n) : []));
  };
  el.addEventListener('click', onClick);
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.attacks !== prev.attacks || s.attack !== prev.attack) render(s);
  });
  return {
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
    },
  };
}
