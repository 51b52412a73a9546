/**
 * State ↔ URL hash. A user's selection, strike or tour step pushes a history
 * entry, so back and forward walk through them; a hash typed or followed by
 * the reader is parsed and applied. A bad hash shows the overview and a notice.
 */
import { parseHash, serializeHash, type HashVocabulary } from '../state/url-state.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

const hashOf = (s: State) => serializeHash(s.selection, s);

/** Apply a parsed hash to the store: a step sets everything; otherwise selection and strike. */
export function applyHash(store: Store<State, Action>, hash: string, vocab: HashVocabulary): string | null {
  const parsed = parseHash(hash, vocab);
  if (parsed.step !== undefined) store.dispatch({ type: 'step', step: parsed.step });
  else
    store.dispatch({
      type: 'view',
      selection: parsed.selection,
      strike: parsed.strike ?? vocab.strikes[0] ?? store.getState().strike,
    });
  return parsed.notice;
}

/** `push: false` (embed mode) replaces the entry, so the host page's back button is not taken over. */
export function bindUrl(
  store: Store<State, Action>,
  vocab: HashVocabulary,
  win: Window = window,
  { push = true } = {},
) {
  const apply = () => {
    const notice = applyHash(store, win.location.hash, vocab);
    if (notice) {
      store.dispatch({ type: 'notice', text: notice });
      win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    const hash = hashOf(s);
    if (hash === hashOf(prev)) return;
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    win.history[push ? 'pushState' : 'replaceState'](
      win.history.state,
      '',
      hash || win.location.pathname + win.location.search,
    );
  });
  win.addEventListener('hashchange', apply);
  win.addEventListener('popstate', apply);
  return {
    destroy() {
      unsubscribe();
      win.removeEventListener('hashchange', apply);
      win.removeEventListener('popstate', apply);
    },
  };
}
