// node bench/click-frame.mjs <dist>: where each click's frame goes in every process, not only the page's main thread.
// One load to ready (BENCH_PROFILE=phone for 4× CPU), BENCH_CLICKS clicks (default 10) as `npm run bench` makes
// them, under a Chrome trace with the compositor, viz and GPU categories. For each click's Event Timing window
// (handlers done → the next paint) it prints the heaviest events per process/thread and the GPU process's
// SwapBuffers; then a summary line (click median, SwapBuffers, GPU main thread, raster, main-frame and
// compositor time summed over the clicks) to compare two builds run after each other.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { benchClick, loadUntilReady, openPage, startTrace, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';
const phone = process.env.BENCH_PROFILE === 'phone';
const CLICKS = Number(process.env.BENCH_CLICKS ?? 10);
const server = await serve(process.argv[2]);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const { page, cdp } = await openPage(browser, { viewport: viewportOf(phone), cpuSlowdown: phone ? 4 : 1 });
await page.addInitScript(() => {
  window.__ev = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      if (e.name === 'click') window.__ev.push({ start: e.startTime, dur: e.duration, pe: e.processingEnd });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
await loadUntilReady(page, `${server.url}?debug=1`);
const stop = await startTrace(cdp, [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'cc',
  'viz',
  'gpu',
  'benchmark',
]);
const origin = await page.evaluate(() => performance.mark('cf:origin').startTime);
for (let i = 0; i < CLICKS; i++) await benchClick(page, i);
await page.waitForTimeout(300);
const evs = await page.evaluate(() => window.__ev);
const events = await stop();
await browser.close();
await server.close();
const o = events.find((e) => e.name === 'cf:origin');
const names = new Map();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const pnames = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'process_name') pnames.set(e.pid, e.args.name);
const tot = new Map();
for (const [i, c] of evs.entries()) {
  const t0 = o.ts + (c.start - origin) * 1000,
    t1 = t0 + c.dur * 1000,
    tp = o.ts + (c.pe - origin) * 1000;
  const per = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.ts < tp || e.ts > t1) continue;
    const th = `${pnames.get(e.pid) ?? e.pid}/${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
    const k = `${th} :: ${e.name}`;
    per.set(k, (per.get(k) ?? 0) + Math.min(e.dur, t1 - e.ts) / 1000);
  }
  const swaps = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers' &&
        e.ts + e.dur >= t0 &&
        e.ts <= t1 + 50000,
    )
    .map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`);
  const top = [...per].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(
    `click ${i}: ${c.dur} ms (handlers end +${(c.pe - c.start).toFixed(0)}) swaps ${swaps.join(' ')}`,
  );
  for (const [k, v] of top) console.log(`   ${v.toFixed(1)}  ${k}`);
  for (const [k, v] of per) tot.set(k, (tot.get(k) ?? 0) + v);
}
console.log('TOTAL over clicks (after handlers, to paint)');
for (const [k, v] of [...tot].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`   ${v.toFixed(1)}  ${k}`);
const g = (re) =>
  [...tot]
    .filter(([k]) => re.test(k))
    .reduce((s, [, v]) => s + v, 0)
    .toFixed(0);
const ds = evs.map((c) => c.dur).sort((a, b) => a - b);
console.log(
  `SUMMARY clicks ${ds.length} median ${ds[Math.floor((ds.length - 1) / 2)]} max ${ds.at(-1)} sum ${ds.reduce((a, b) => a + b, 0)} | swap ${g(/SkiaOutputSurfaceImplOnGpu::SwapBuffers$/)} gpu-main ${g(/CrGpuMain :: ThreadControllerImpl::RunTask$/)} raster ${g(/RendererRasterWorker$/)} main-frame ${g(/CrRendererMain :: ProxyMain::BeginMainFrame$/)} compositor ${g(/Compositor :: ThreadControllerImpl::RunTask$/)}`,
);
