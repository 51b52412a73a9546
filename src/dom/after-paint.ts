/**
 * Run `fn` just after the next frame is painted, so a click's DOM response
 * (the panel) reaches the screen before slower work (a WebGL redraw) starts.
 * Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(fn, 0); });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
