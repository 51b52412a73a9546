/** addEventListener that returns its own removal, so a view's teardown is one list of calls. */
export function listen<E extends Event>(target: EventTarget, type: string, fn: (e: E) => void): () => void {
  const listener = fn as EventListener;
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}
