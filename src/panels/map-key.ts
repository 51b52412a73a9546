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
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

export function mountMapKey(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  const list = h('ul', { class: 'op-key__list', role: 'list' });
  el.setAttribute('aria-hidden', 'true');
  el.replaceChildren(list);
  const inset = needsInset(op.participants.map((p) => p.alpha2));
  const render = (s: State) => {
    const roles = legendEntries(op, s, i18n).filter((e) => e.role !== 'hub' && e.n > 0);
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
        // An operation’s own hub label ("Host: Europol’s EU IRU") comes first, as written, then the place (as in the legend).
        roleLabel(op, 'hub', i18n) === i18n.role('hub')
          ? i18n.t('key.hub', { hub: op.hub.name })
          : i18n.t('key.hubOwn', { hub: op.hub.name, label: roleLabel(op, 'hub', i18n) }),
      ),
      // An operation without participants has no spokes to explain.
      op.participants.length
        ? h(
            'li',
            { class: 'op-key__item op-key__item--spoke' },
            h('span', { class: 'op-key__spoke' }),
            i18n.t('key.spoke', { hub: op.hub.name }),
          )
        : null,
    ].filter((n): n is HTMLLIElement => n !== null);
    if (inset)
      items.push(
        h(
          'li',
          { class: 'op-key__item op-key__item--inset' },
          h('span', { class: 'op-key__inset' }),
          i18n.t('key.inset'),
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
