/**
 * Selection ↔ URL hash. A user's selection pushes a history entry, so back
 * and forward walk through selections; a hash typed or followed by the
 * reader is parsed and applied. A bad hash shows the overview and a notice.
 */
import { parseHash, serializeHash } from '../state/url-state.ts';
import { sameSelection, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

/** `push: false` (embed mode) replaces the entry, so the host page's back button is not taken over. */
export function bindUrl(store: Store<State, Action>, codes: readonly string[], win: Window = window, { push = true } = {}) {
  const apply = () => {
    const parsed = parseHash(win.location.hash, codes);
    store.dispatch({ type: 'select', selection: parsed.selection });
    if (parsed.notice) {
      store.dispatch({ type: 'notice', text: parsed.notice });
      win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (sameSelection(s.selection, prev.selection)) return;
    const hash = serializeHash(s.selection);
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    win.history[push ? 'pushState' : 'replaceState'](win.history.state, '', hash || win.location.pathname + win.location.search);
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
