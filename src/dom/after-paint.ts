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

/**
 * Resolves once the first contentful paint is on screen: Chromium reports the paint timing entry when the GPU
 * has presented the frame, which in software GL comes 0.5–1 s after the frame was committed. Work that waits
 * for the GPU process (creating a WebGL context blocks the main thread on it) waits for this instead.
 * Resolves at once where paint timing is unsupported, and after `timeout` ms where no paint comes (a hidden
 * page). Marks `takedown:first-presented` (or `…-timeout`).
 */
export const afterFirstPresented = (timeout = 3000): Promise<void> =>
  new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (
      painted() ||
      typeof PerformanceObserver === 'undefined' ||
      !(PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
    )
      return resolve();
    let done = false;
    const finish = (how: string) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      performance.mark(`takedown:first-presented${how}`);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) finish('');
    });
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(() => finish('-timeout'), timeout);
  });
