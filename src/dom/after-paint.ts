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
/** Whether a frame has been seen (an afterFirstPaint() resolved through a frame, not its timeout). */
let framed = false;

export const afterFirstPaint = (): Promise<void> =>
  new Promise((resolve) => {
    let viaFrame = false;
    requestAnimationFrame(() => {
      viaFrame = true;
    });
    afterPaint(() => {
      performance.mark(viaFrame ? 'takedown:first-frame' : 'takedown:first-frame-timeout');
      if (viaFrame) framed = true;
      resolve();
    }, 1000);
  });

let presented: Promise<void> | null = null;

/**
 * Resolves once the first picture has been presented: the browser has reported its first paint (a `paint`
 * performance entry, which Chromium times at presentation and delivers after it), marked
 * `takedown:first-presented`. Requests started after that are not part of what the first (and largest)
 * contentful paint waited for, in the browser or in Lighthouse's simulation, which counts every request
 * started before that paint. Without paint timing, or without frames (a hidden page), it resolves when
 * afterFirstPaint() does; at the latest three seconds after it. One promise per page.
 */
export function firstPresented(): Promise<void> {
  presented ??= new Promise((resolve) => {
    let done = false;
    let observer: PerformanceObserver | null = null;
    const finish = (how: string) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      performance.mark(`takedown:first-presented${how}`);
      resolve();
    };
    const supported =
      typeof PerformanceObserver === 'function' &&
      (PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false);
    if (supported) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().length > 0) finish('');
      });
      observer.observe({ type: 'paint', buffered: true });
    }
    void afterFirstPaint().then(() => {
      // No paint timing, or no frames (a hidden page, a throttled frame): nothing to wait for.
      if (!supported || !framed || document.visibilityState === 'hidden') finish('-unobserved');
      // A frame was committed, so its paint entry comes; the timeout only bounds the wait.
      else setTimeout(() => finish('-timeout'), 3000);
    });
  });
  return presented;
}
