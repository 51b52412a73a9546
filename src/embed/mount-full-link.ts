/** Embed mode: "Open the full map" in a new tab, following the selection. */
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { fullPageUrl } from './embed-codes.ts';

export function mountFullLink(
  host: HTMLElement,
  store: Store<State, Action>,
  loc: Pick<Location, 'origin' | 'pathname' | 'search'>,
  i18n: I18n = EN_I18N,
) {
  const link = h(
    'a',
    { class: 'op-full-link', target: '_blank', rel: 'noopener' },
    i18n.t('embed.fullMap'),
    h('span', { 'aria-hidden': 'true' }, ' ↗'),
    h('span', { class: 'op-visually-hidden' }, ` (${i18n.t('embed.newTab')})`),
  );
  const render = (s: State) => {
    link.href = fullPageUrl(loc, s.selection, s);
  };
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  host.append(link);
  return {
    destroy() {
      unsubscribe();
      link.remove();
    },
  };
}
