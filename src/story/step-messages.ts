/**
 * Host pages drive the tour by posting exactly
 * `{ source: 'takedown-map', type: 'step', step: N }` (N an integer, 1..steps)
 * from the parent window. Anything else — another sender, another shape,
 * extra keys, a bad step — is ignored. To be merged with src/embed/.
 */
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

const KEYS = ['source', 'step', 'type'];

/** The step a message asks for, or null when the message is not exactly ours. */
export function stepFromMessage(data: unknown, steps: number): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort();
  if (keys.length !== KEYS.length || keys.some((k, i) => k !== KEYS[i])) return null;
  const d = data as Record<string, unknown>;
  if (d.source !== 'takedown-map' || d.type !== 'step') return null;
  const n = d.step;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= steps ? n : null;
}

export function listenForStepMessages(store: Store<State, Action>, steps: number, win: Window = window) {
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const step = stepFromMessage(e.data, steps);
    if (step !== null) store.dispatch({ type: 'step', step });
  };
  win.addEventListener('message', onMessage);
  return { destroy() { win.removeEventListener('message', onMessage); } };
}
