/**
 * Work after the next painted frame: a click's DOM response (the panel), or
 * the static picture, reaches the screen before slower work (a WebGL redraw,
 * MapLibre's chunk) starts. Hidden pages get no frames, so a timeout stands
 * in for the frame there.
 */

/** Run `fn` just after the next frame is painted. Returns a cancel function. */
export function afterPaint(fn: () => void, timeout?: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (!done) {
      done = true;
      cancel();
      fn();
    }
  };
  const fallback = timeout === undefined ? undefined : setTimeout(run, timeout);
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const cancel = () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (fallback !== undefined) clearTimeout(fallback);
  };
  return () => {
    done = true;
    cancel();
  };
}

/**
 * Resolves after the first frame has been painted (or after one second in a
 * hidden page), marking which: `takedown:first-frame` or `…-timeout`.
 */
export const afterFirstPaint = (): Promise<void> =>
  new Promise((resolve) => {
    let viaFrame = false;
    requestAnimationFrame(() => {
      viaFrame = true;
    });
    afterPaint(() => {
      performance.mark(viaFrame ? 'takedown:first-frame' : 'takedown:first-frame-timeout');
      resolve();
    }, 1000);
  });
