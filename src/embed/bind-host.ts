/**
 * The two-way channel with the host page, installed once and only when
 * framed. In: validated commands (select, reset, tour step, theme), only from
 * our parent window (`event.source === parent`). Out: `ready` once the map
 * state settles, `select` / `deselect` when the selection changes. Never
 * navigates, never evaluates, never touches window.top.
 */
import type { ThemeOption } from '../app-options.ts';
import type { Lang } from '../i18n/langs.ts';
import { sameSelection, selectionKey, type Action, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { commandAction, parseHostMessage, type HostVocabulary } from './host-messages.ts';
import { readyMessage, selectionMessage } from './messages.ts';

export interface BindHostOptions {
  /** Our own window: messages arrive on it. */
  readonly win: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The host: window.parent. */
  readonly parent: Pick<Window, 'postMessage'>;
  /** Carries `data-map-state`: document.documentElement. */
  readonly root: HTMLElement;
  /** What host commands may name (from the operation passed to createApp). */
  readonly vocab: HostVocabulary;
  /** The host asked for a theme. */
  readonly onTheme?: (theme: ThemeOption) => void;
  /** The host asked for a language. */
  readonly onLang?: (lang: Lang) => void;
  readonly Observer?: typeof MutationObserver;
}

const SETTLED = ['ready', 'fallback', 'error'];

export function bindHost(store: Store<State, Action>, o: BindHostOptions) {
  const post = (m: object) => o.parent.postMessage(m, '*');
  const onMessage = (e: MessageEvent) => {
    if (e.source !== o.parent) return;
    const cmd = parseHostMessage(e.data, o.vocab);
    if (!cmd) return;
    if (cmd.type === 'theme') o.onTheme?.(cmd.theme);
    else if (cmd.type === 'lang') o.onLang?.(cmd.lang);
    else store.dispatch(commandAction(cmd));
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!sameSelection(s.selection, prev.selection)) post(selectionMessage(selectionKey(s.selection)));
  });

  const Observer = o.Observer ?? MutationObserver;
  const observer = new Observer(() => check());
  const check = () => {
    const state = o.root.dataset.mapState ?? '';
    if (!SETTLED.includes(state)) return;
    observer.disconnect();
    post(readyMessage(state));
  };
  observer.observe(o.root, { attributes: true, attributeFilter: ['data-map-state'] });
  check();

  o.win.addEventListener('message', onMessage as EventListener);
  return {
    destroy() {
      o.win.removeEventListener('message', onMessage as EventListener);
      unsubscribe();
      observer.disconnect();
    },
  };
}
