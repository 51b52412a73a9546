/** A polite live region that announces selection and strike changes (and nothing on first render). */
import type { Operation } from '../data/types.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { announcement } from '../state/selectors-story.ts';
import type { Store } from '../state/store.ts';

export function mountAnnouncer(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('aria-atomic', 'true');
  const unsubscribe = store.subscribe((s, prev) => {
    const text = announcement(op, s, prev, i18n);
    if (text !== null) el.textContent = text;
  });
  return { destroy: unsubscribe };
}
