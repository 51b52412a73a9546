// One measured page load in Chromium. Returns the figures the bench reports.

/** Installs observers before any page script runs. */
export const INIT_SCRIPT = () => {
  const w = window;
  w.__longTasks = [];
  w.__events = [];
  w.__handled = [];
  w.__lcp = null;
  w.__cls = 0;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        w.__lcp = {
          at: e.startTime,
          size: e.size,
          element: e.element
            ? `${e.element.tagName.toLowerCase()}${e.element.id ? '#' + e.element.id : ''}${e.element.className && typeof e.element.className === 'string' ? '.' + e.element.className.split(' ')[0] : ''}`
            : e.url || '?',
        };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (e.name === 'click') {
          w.__events.push(e.duration);
          // The page's own share: from the input to the end of its handlers (the rest is rendering the frame).
          w.__handled.push(e.processingEnd - e.startTime);
        }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    /* older engines: no figures */
  }
};

/** The bench's two profiles: desktop, and a phone at 4× CPU. */
export const viewportOf = (phone) => (phone ? { width: 375, height: 667 } : { width: 1280, height: 800 });

/** A fresh context and page with its CDP session, the CPU slowed down `cpuSlowdown` times, and the bench's observers. */
export async function openPage(browser, { viewport, cpuSlowdown = 1, init = true }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (init) await page.addInitScript(INIT_SCRIPT);
  return { context, page, cdp };
}

/** Open `url` and wait until the map is ready, then 1 s for late tasks (the click scripts start from there). */
export async function loadUntilReady(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(1000);
}

/** Until the page's map state is final (ready, fallback or error), then 300 ms for late tasks. */
export async function untilSettled(page) {
  await page.waitForFunction(
    () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(300);
}

const CLICK_KEYS = ['BE', 'FR', 'CA', 'hub', 'GB', 'NL', 'RO', 'US', 'BG'];
/** Places on the main map (lng, lat) for the clicks on the map itself. */
const CLICK_PLACES = [
  [4.6, 50.6],
  [2.5, 46.8],
  [5.6, 52.4],
  [-1.6, 52.6],
  [25, 45.9],
  [25.3, 42.7],
];

/**
 * The bench's click number `i`: even ones on a participant in the list, odd ones on a country on the map
 * (in the list when the place is off screen). A reader's pointer reaches the button or the country (hover)
 * a moment before the click; afterwards the reader looks at the result until the camera has settled.
 * Returns what was clicked.
 */
export async function benchClick(page, i) {
  const onMap = i % 2 === 1;
  const point = onMap
    ? await page.evaluate(
        ([lng, lat]) => {
          const m = window.__takedownMap;
          if (!m) return null;
          const p = m.project([lng, lat]);
          const r = m.getCanvas().getBoundingClientRect();
          return p.x > 0 && p.y > 0 && p.x < r.width && p.y < r.height
            ? { x: r.left + p.x, y: r.top + p.y }
            : null;
        },
        CLICK_PLACES[(i >> 1) % CLICK_PLACES.length],
      )
    : null;
  const target = `#op-participants [data-key="${CLICK_KEYS[(i >> 1) % CLICK_KEYS.length]}"]`;
  if (point) {
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(150);
    await page.mouse.click(point.x, point.y);
  } else {
    await page.hover(target);
    await page.waitForTimeout(150);
    await page.click(target);
  }
  await page.waitForTimeout(100);
  await page.waitForFunction(
    () => {
      const m = window.__takedownMap;
      return !m || (!m.isMoving() && m.loaded());
    },
    null,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(100);
  return point ? `map (place ${(i >> 1) % CLICK_PLACES.length})` : target;
}

/**
 * Load `url` in a fresh context and measure: first picture, ready, bytes
 * before the first picture and in total, JS heap after ready, long tasks
 * before the first picture, and (when `clicks` is set) click → panel paint.
 */
export async function measure(browser, url, { viewport, cpuSlowdown = 1, clicks = 0 }) {
  const { context, page, cdp } = await openPage(browser, { viewport, cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit' });
  await untilSettled(page);
  const r = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const ready = mark('map-state:ready');
    const staticShown = mark('map-state:static') !== null || document.querySelector('#op-map svg') !== null;
    const firstPicture = staticShown && fcp !== null ? fcp : ready;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    // What the picture needed: what was requested before the first frame was committed (the app marks it),
    // else what arrived before the first picture; low-priority preloads (<link rel=preload>, not render-blocking)
    // fetched alongside the picture for the map after it are not what it waits for.
    const committed = mark('takedown:first-frame');
    // The app lists them in #op-later (build/preload-plugin.ts) and hints them at low priority.
    let later = [];
    try {
      const l = JSON.parse(document.getElementById('op-later')?.textContent ?? '{}');
      later = [l.app, l.map].flatMap((c) => [
        ...(c?.scripts ?? []),
        ...(c?.styles ?? []),
        ...(c?.fonts ?? []),
      ]);
      later.push(l.worker, ...Object.values(l.data ?? {}));
    } catch {
      /* the baseline has none */
    }
    const hinted = new Set(later.filter(Boolean).map((f) => f.replace(/^.*\//, '')));
    const preload = (e) =>
      (e.initiatorType === 'link' && e.renderBlockingStatus !== 'blocking') ||
      hinted.has(e.name.replace(/^.*\//, ''));
    const needed = (
      committed !== null
        ? res.filter((e) => e.startTime < committed)
        : res.filter((e) => e.responseEnd <= (firstPicture ?? Infinity))
    ).filter((e) => !preload(e));
    const before = nav.transferSize + needed.reduce((s, e) => s + e.transferSize, 0);
    const total = nav.transferSize + res.reduce((s, e) => s + e.transferSize, 0);
    const longBefore = window.__longTasks
      .filter((t) => t.start < (firstPicture ?? Infinity))
      .map((t) => t.duration);
    const longAfter = window.__longTasks
      .filter((t) => t.start >= (firstPicture ?? Infinity) && t.start < (ready ?? Infinity))
      .map((t) => t.duration);
    // Total blocking time as Lighthouse counts it (the part of each long task over 50 ms after the first
    // contentful paint), here up to ready instead of time to interactive.
    const tbt = window.__longTasks
      .filter((t) => t.start >= (fcp ?? 0) && t.start < (ready ?? Infinity))
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return {
      fcp,
      tbt,
      lcp: window.__lcp?.at ?? null,
      lcpElement: window.__lcp?.element ?? null,
      cls: window.__cls,
      longTaskAfter: Math.max(0, ...longAfter),
      ready,
      firstPicture,
      bytesBefore: before,
      bytesTotal: total,
      longTaskMax: Math.max(0, ...longBefore),
      state: document.documentElement.dataset.mapState,
    };
  });
  const heap = await cdp.send('Runtime.getHeapUsage');
  r.heapMB = heap.usedSize / 1048576;
  // What the page keeps, apart from garbage a collection has not reached yet (its timing varies run to run).
  await cdp.send('HeapProfiler.collectGarbage');
  r.heapGcMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
  if (clicks) {
    for (let i = 0; i < clicks; i++) await benchClick(page, i);
    await page.waitForTimeout(300);
    const [durations, handled] = await page.evaluate(() => [
      window.__events.slice(),
      window.__handled.slice(),
    ]);
    // Event Timing only reports events of 16 ms or more; the rest were faster.
    r.clickDurations = [...durations, ...Array(Math.max(0, clicks - durations.length)).fill(16)];
    r.clickHandled = [...handled, ...Array(Math.max(0, clicks - handled.length)).fill(0)];
  }
  await context.close();
  return r;
}

/** Start a Chrome trace on a page's CDP session; the returned `stop()` ends it and resolves to its events. */
export async function startTrace(cdp, includedCategories) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories } });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** A heap snapshot of the page, as the JSON text V8 streams it (collect garbage first where that matters). */
export async function heapSnapshotText(cdp) {
  let chunks = '';
  const onChunk = (e) => (chunks += e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks;
}
