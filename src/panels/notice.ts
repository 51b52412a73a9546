/** The short, non-blocking notice (e.g. a link to something the map doesn't show). */
import { h } from '../dom/h.ts';
import type { Action, State } from '../state/reducer.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { EN } from '../i18n/messages/en.ts';
import type { Store } from '../state/store.ts';

export function mountNotice(el: HTMLElement, store: Store<State, Action>, i18n: I18n = EN_I18N) {
  const render = (s: State) => {
    el.hidden = s.notice === null;
    el.replaceChildren(
      ...(s.notice === null
        ? []
        : [
            h('span', {}, s.notice === EN['notice.badLink'] ? i18n.t('notice.badLink') : s.notice),
            h(
              'button',
              {
                type: 'button',
                class: 'op-notice__close',
                'data-action': 'dismiss',
                'aria-label': i18n.t('notice.dismiss'),
              },
              '×',
            ),
          ]),
    );
  };
  const onClick = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest('[data-action="dismiss"]'))
      store.dispatch({ type: 'notice', text: null });
  };
  el.addEventListener('click', onClick);
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
    },
  };
}
