// npm run bench:trace: one cold load of the built app (desktop, or BENCH_PROFILE=phone for 4× CPU) under a
// Chrome trace (playwright-core's CDP session). Prints where the time goes: the page's own marks and resource
// timings, and the main thread's busy time and longest tasks per phase, from the trace.
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { INIT_SCRIPT } from './measure.mjs';
import { serve } from './serve.mjs';

const phone = process.env.BENCH_PROFILE === 'phone';
const server = await serve(process.env.BENCH_APP_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: phone ? { width: 375, height: 667 } : { width: 1280, height: 800 },
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(INIT_SCRIPT);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'toplevel'],
  },
});
await page.goto(`${server.url}?debug=1`, { waitUntil: 'commit' });
await page.waitForFunction(
  () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
  null,
  { timeout: 120_000 },
);
await page.waitForTimeout(500);
const perf = await page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    nav: {
      responseEnd: nav.responseEnd,
      domInteractive: nav.domInteractive,
      dcl: nav.domContentLoadedEventEnd,
    },
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
    paints: performance.getEntriesByType('paint').map((m) => ({ name: m.name, at: m.startTime })),
    lcp: window.__lcp,
    cls: window.__cls,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name.replace(/^.*\//, ''),
      start: r.startTime,
      end: r.responseEnd,
      bytes: r.transferSize,
      initiator: r.initiatorType,
      blocking: r.renderBlockingStatus,
    })),
  };
});
await cdp.send('Tracing.end');
await done;
await browser.close();
await server.close();

// Main thread of the page: the renderer thread named CrRendererMain that ran the navigation's ParseHTML.
const parse = events.find((e) => e.name === 'ParseHTML');
const main = events.filter((e) => e.pid === parse?.pid && e.tid === parse?.tid);
const navStart = events.find(
  (e) => e.name === 'navigationStart' && e.pid === parse?.pid && e.args?.data?.isLoadingMainFrame,
)?.ts;
const t0 = navStart ?? Math.min(...main.map((e) => e.ts));
const ms = (us) => us / 1000;
// Top-level tasks (Chromium names them RunTask or ThreadControllerImpl::RunTask); nested ones are skipped.
const tasks = [];
for (const e of main
  .filter((e) => /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && e.ph === 'X')
  .sort((a, b) => a.ts - b.ts)) {
  const last = tasks[tasks.length - 1];
  if (last && e.ts < last.end) continue;
  tasks.push({ start: ms(e.ts - t0), dur: ms(e.dur ?? 0), ts: e.ts, end: e.ts + (e.dur ?? 0) });
}
// What a long task did: its longest script call (FunctionCall / EvaluateScript / v8.compile) with the script's file.
const inside = (t) =>
  main
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.ts >= t.ts &&
        e.ts + (e.dur ?? 0) <= t.end &&
        !/RunTask|V8\.|Microtask|Closed mojo|SimpleWatcher/.test(e.name),
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 2)
    .map((e) => {
      const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
      return `${e.name}${url ? ' ' + url.replace(/^.*\//, '') : ''} ${ms(e.dur ?? 0).toFixed(0)}`;
    })
    .join('; ');
const mark = (n) => perf.marks.find((m) => m.name === n)?.at ?? null;
const fcp = perf.paints.find((p) => p.name === 'first-contentful-paint')?.at ?? null;
const firstFrame = mark('takedown:first-frame') ?? fcp;
const ready = mark('map-state:ready');
const res = (re) => perf.resources.filter((r) => re.test(r.name));
const span = (rs) =>
  rs.length
    ? `${Math.min(...rs.map((r) => r.start)).toFixed(0)}–${Math.max(...rs.map((r) => r.end)).toFixed(0)} ms (${(rs.reduce((s, r) => s + r.bytes, 0) / 1024).toFixed(1)} KB)`
    : '–';
const busy = (a, b) =>
  tasks
    .filter((t) => t.start >= a && t.start < b)
    .reduce((s, t) => s + t.dur, 0)
    .toFixed(0);
const longest = (a, b) => {
  const t = tasks.filter((x) => x.start >= a && x.start < b).sort((x, y) => y.dur - x.dur)[0];
  return t ? `${t.dur.toFixed(0)} ms at ${t.start.toFixed(0)} (${inside(t)})` : '–';
};
const f = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(0)} ms`);
const rows = [
  ['HTML received / parsed (DOM interactive)', `${f(perf.nav.responseEnd)} / ${f(perf.nav.domInteractive)}`],
  ['render-blocking CSS', span(perf.resources.filter((r) => r.blocking === 'blocking'))],
  ['first picture (first frame committed / FCP)', `${f(firstFrame)} / ${f(fcp)}`],
  ['app chunk download', span(res(/^start-app-.*\.js$/))],
  ['MapLibre chunk download', span(res(/^mount-map-.*\.js$/))],
  ['worker script download', span(res(/maplibre-gl-worker/))],
  ['geometry download', span(res(/countries-110m|outlines-europe|map-data/))],
  ['fonts download', span(res(/\.woff2$/))],
  ['geometry built on the main thread (chunk → takedown:geometry)', f(mark('takedown:geometry'))],
  ['MapLibre created (takedown:map-created)', f(mark('takedown:map-created'))],
  ['style loaded (map load event)', f(mark('takedown:map-load'))],
  ['first render done: ready (map idle)', f(ready)],
  ['fine outlines swapped in (before issue 15 only: a second request)', f(mark('takedown:fine-outlines'))],
  ['largest contentful paint', `${f(perf.lcp?.at)} (${perf.lcp?.element ?? '?'})`],
  ['cumulative layout shift', perf.cls.toFixed(3)],
  ['main thread busy before the first picture', `${busy(0, firstFrame ?? 0)} ms`],
  ['longest task before the first picture', longest(0, firstFrame ?? 0)],
  ['main thread busy from picture to ready', `${busy(firstFrame ?? 0, ready ?? Infinity)} ms`],
  ['longest task from picture to ready', longest(firstFrame ?? 0, ready ?? Infinity)],
];
const list = (re) =>
  perf.resources
    .filter((r) => re.test(r.name))
    .map(
      (r) =>
        `${r.name} ${r.start.toFixed(0)}–${r.end.toFixed(0)} ${(r.bytes / 1024).toFixed(1)} KB ${r.initiator}`,
    );
console.log(
  `### Cold load, ${phone ? 'phone 375×667, 4× CPU' : 'desktop 1280×800'} (${new Date().toISOString()}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')})\n\n| phase | when (ms from navigation) |\n|---|---|`,
);
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
console.log(
  '\nTasks over 50 ms: ' +
    tasks
      .filter((t) => t.dur > 50 && t.start < (ready ?? Infinity) + 1)
      .map((t) => `${t.start.toFixed(0)}+${t.dur.toFixed(0)}${t.dur > 200 ? ` (${inside(t)})` : ''}`)
      .join(', '),
);

console.log('\nRequests: ' + list(/./).join('; '));
