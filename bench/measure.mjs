// One measured page load in Chromium. Returns the figures the bench reports.

/** Installs observers before any page script runs. */
export const INIT_SCRIPT = () => {
  const w = window;
  w.__longTasks = [];
  w.__events = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'click') w.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    /* older engines: no figures */
  }
};

/**
 * Load `url` in a fresh context and measure: first picture, ready, bytes
 * before the first picture and in total, JS heap after ready, long tasks
 * before the first picture, and (when `clicks` is set) click → panel paint.
 */
export async function measure(browser, url, { viewport, cpuSlowdown = 1, clicks = 0 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const ready = mark('map-state:ready');
    const staticShown = mark('map-state:static') !== null || document.querySelector('#op-map svg') !== null;
    const firstPicture = staticShown && fcp !== null ? fcp : ready;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    // What the picture needed: everything requested before the first frame was committed (the app marks it),
    // else everything that arrived before the first picture.
    const committed = mark('takedown:first-frame');
    const needed =
      committed !== null
        ? res.filter((e) => e.startTime < committed)
        : res.filter((e) => e.responseEnd <= (firstPicture ?? Infinity));
    const before = nav.transferSize + needed.reduce((s, e) => s + e.transferSize, 0);
    const total = nav.transferSize + res.reduce((s, e) => s + e.transferSize, 0);
    const longBefore = window.__longTasks
      .filter((t) => t.start < (firstPicture ?? Infinity))
      .map((t) => t.duration);
    return {
      fcp,
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
  if (clicks) {
    const keys = ['BE', 'FR', 'CA', 'hub', 'GB', 'NL', 'RO', 'US', 'BG'];
    for (let i = 0; i < clicks; i++) {
      const target = `#op-participants [data-key="${keys[i % keys.length]}"]`;
      // A reader's pointer reaches the button (hover) a moment before the click.
      await page.hover(target);
      await page.waitForTimeout(150);
      await page.click(target);
      // A reader looks at the result before the next click: wait for the camera to settle.
      await page.waitForTimeout(100);
      await page.waitForFunction(
        () => {
          const m = window.__takedownMap;
          return !m || (!m.isMoving() && m.loaded());
        },
        null,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(300);
    const durations = await page.evaluate(() => window.__events.slice());
    // Event Timing only reports events of 16 ms or more; the rest were faster.
    r.clickDurations = [...durations, ...Array(Math.max(0, clicks - durations.length)).fill(16)];
  }
  await context.close();
  return r;
}
