// npm run bench:click: where a click's time goes. One page (desktop, or BENCH_PROFILE=phone for 4× CPU) is
// loaded to `ready`, then clicked in the list and on the map (as `npm run bench` does) under a Chrome trace
// and V8's sampling profiler. Prints, per click, its Event Timing entry (input delay, handlers, until the next
// paint) and what the main thread did in that window: the tasks, the heaviest trace events and, from the
// profiler, the functions that took the time. BENCH_CLICKS (default 6) sets how many clicks.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { benchClick, loadUntilReady, openPage, startTrace, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const phone = process.env.BENCH_PROFILE === 'phone';
const CLICKS = Number(process.env.BENCH_CLICKS ?? 6);
const server = await serve(process.env.BENCH_APP_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const { page, cdp } = await openPage(browser, {
  viewport: viewportOf(phone),
  cpuSlowdown: phone ? 4 : 1,
});
await page.addInitScript(() => {
  const w = /** @type {any} */ (window);
  w.__interactions = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      if (e.interactionId)
        w.__interactions.push({
          name: e.name,
          id: e.interactionId,
          start: e.startTime,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          duration: e.duration,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
await loadUntilReady(page, `${server.url}?debug=1${process.env.BENCH_APP_QUERY ?? ''}`);

const stopTrace = await startTrace(cdp, [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  'latencyInfo',
  ...(process.env.BENCH_TRACE_CATS ? process.env.BENCH_TRACE_CATS.split(',') : []),
]);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
// The page's clock against the trace's: one mark seen by both.
const origin = await page.evaluate(() => performance.mark('click-trace:origin').startTime);

const clicks = [];
for (let i = 0; i < CLICKS; i++) clicks.push(await benchClick(page, i));
await page.waitForTimeout(300);
const interactions = await page.evaluate(() => window.__interactions);
const { profile } = await cdp.send('Profiler.stop');
const events = await stopTrace();
await browser.close();
await server.close();

if (process.env.BENCH_TRACE_OUT)
  (await import('node:fs')).writeFileSync(
    process.env.BENCH_TRACE_OUT,
    JSON.stringify({ origin, interactions, traceEvents: events }),
  );
const originEvent = events.find((e) => e.name === 'click-trace:origin');
const main = events.filter((e) => e.pid === originEvent?.pid && e.tid === originEvent?.tid);
/** Page time (ms) → trace time (µs). */
const toTrace = (ms) => originEvent.ts + (ms - origin) * 1000;
const ms = (us) => (us / 1000).toFixed(1);

// One row per interaction: its longest entry (the click's, or the pointerdown's when that is longer).
const byId = new Map();
for (const e of interactions) {
  const best = byId.get(e.id);
  if (!best || e.duration > best.duration || (e.duration === best.duration && e.name === 'click'))
    byId.set(e.id, e);
}

// Profile samples → (function, url:line) self time, per window.
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const samples = [];
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  samples.push({ t, node: nodes.get(id) });
});
const fnName = (n) => {
  const f = n.callFrame;
  if (!f.url) return f.functionName || '(program)';
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
};
/** The first frame of the app's own code (not MapLibre's) up the stack of a sample. */
const parents = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n);
const ownFrame = (n) => {
  for (let x = n; x; x = parents.get(x.id))
    if (/\/assets\/(?!mount-map|maplibre)/.test(x.callFrame.url) && x.callFrame.functionName)
      return fnName(x);
  return null;
};

const lines = [
  `### Clicks, ${phone ? 'phone 375×667, 4× CPU' : 'desktop 1280×800'} (${new Date().toISOString()}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')})`,
  '',
];
let n = 0;
for (const e of [...byId.values()].sort((a, b) => a.start - b.start)) {
  const a = toTrace(e.start),
    b = toTrace(e.start + e.duration);
  lines.push(
    `#### ${e.name} ${++n}: ${e.duration} ms (input delay ${(e.processingStart - e.start).toFixed(1)}, handlers ${(e.processingEnd - e.processingStart).toFixed(1)}, to the next paint ${(e.start + e.duration - e.processingEnd).toFixed(1)})`,
  );
  const inWindow = main.filter((x) => x.ph === 'X' && x.ts + (x.dur ?? 0) > a && x.ts < b);
  const tasks = inWindow.filter((x) => /^(ThreadControllerImpl::)?RunTask$/.test(x.name));
  lines.push(
    `tasks: ${tasks.map((x) => `${ms(x.ts - a)}+${ms(x.dur ?? 0)}`).join(', ')}`,
    'heaviest events: ' +
      inWindow
        .filter((x) => !/RunTask|V8\.|Microtask|Closed mojo|SimpleWatcher|ThreadController/.test(x.name))
        .sort((p, q) => (q.dur ?? 0) - (p.dur ?? 0))
        .slice(0, 12)
        .map((x) => {
          const d = x.args?.data ?? {};
          const what = d.functionName || d.type || (d.url ? d.url.replace(/^.*\//, '') : '');
          return `${x.name}${what ? ` (${what})` : ''} ${ms(x.dur ?? 0)}`;
        })
        .join('; '),
  );
  const self = new Map(),
    own = new Map();
  const within = samples.filter((s) => s.t >= a && s.t < b);
  for (const s of within) {
    const k = fnName(s.node);
    self.set(k, (self.get(k) ?? 0) + 1);
    const o = ownFrame(s.node) ?? '(not the app)';
    own.set(o, (own.get(o) ?? 0) + 1);
  }
  const top = (m) =>
    [...m.entries()]
      .sort((p, q) => q[1] - p[1])
      .slice(0, 10)
      .map(([k, v]) => `${k} ${((v / within.length) * 100).toFixed(0)}%`)
      .join('; ');
  lines.push(`samples (${within.length}), self: ${top(self)}`, `by the app's function: ${top(own)}`, '');
}
lines.push(`Clicks: ${clicks.join(', ')}`);
console.log(lines.join('\n'));
