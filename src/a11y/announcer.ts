/** A polite live region that announces selection changes (and nothing on first render). */
import type { Operation } from '../data/types.ts';
import { sameSelection, selectionKey, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { describeSelection } from './describe-map.ts';

export function mountAnnouncer(el: HTMLElement, store: Store<State, Action>, op: Operation) {
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('aria-atomic', 'true');
  const unsubscribe = store.subscribe((s, prev) => {
    if (!sameSelection(s.selection, prev.selection)) el.textContent = describeSelection(op, selectionKey(s.selection));
  });
  return { destroy: unsubscribe };
}
