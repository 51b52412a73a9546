// node bench/click-ab.mjs <dist A> <dist B>: click → panel painted for two builds of the app, page loads
// alternating A, B, A, B… (the machine is shared: compare the two under the same load). Each load clicks
// BENCH_CLICKS times (default 10) in the list and on the map as `npm run bench` does; BENCH_RUNS loads per
// build (default 3); BENCH_PROFILE=phone for 4× CPU. Prints p98, p90 and median of the Event Timing
// durations, of input delay + handlers, and the same for the list's and the map's clicks apart.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { benchClick, openPage, untilSettled, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const [distA = 'dist', distB = 'dist'] = process.argv.slice(2);
const phone = process.env.BENCH_PROFILE === 'phone';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 10);
const servers = { A: await serve(distA), B: await serve(distB) };
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** One load of `url`: per click, what was clicked, its Event Timing duration and its input delay + handlers. */
async function clicksOn(url) {
  const { context, page } = await openPage(browser, {
    viewport: viewportOf(phone),
    cpuSlowdown: phone ? 4 : 1,
    init: false,
  });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__clicks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (e.name === 'click')
          w.__clicks.push({ at: e.startTime, duration: e.duration, handled: e.processingEnd - e.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(`${url}?debug=1`, { waitUntil: 'commit' });
  await untilSettled(page);
  const out = [];
  for (let i = 0; i < CLICKS; i++) {
    const from = await page.evaluate(() => performance.now());
    const what = await benchClick(page, i);
    const e = await page.evaluate(
      (t) => window.__clicks.filter((c) => c.at >= t).sort((a, b) => b.duration - a.duration)[0] ?? null,
      from,
    );
    // Event Timing reports only events of 16 ms or more: the rest count as 16.
    out.push({
      i,
      what,
      where: what.startsWith('map') ? 'map' : 'list',
      duration: e?.duration ?? 16,
      handled: e?.handled ?? 0,
    });
  }
  await context.close();
  return out;
}

const all = { A: [], B: [] };
for (let i = 0; i < RUNS; i++)
  for (const k of /** @type {const} */ (['A', 'B'])) {
    all[k].push(...(await clicksOn(servers[k].url)));
    process.stderr.write(`${k} run ${i + 1}/${RUNS}\r`);
  }
await browser.close();
for (const s of Object.values(servers)) await s.close();

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.max(0, Math.min(s.length - 1, Math.ceil(p * s.length) - 1))] : NaN;
};
const row = (label, xs) =>
  `${label}: p98 ${Math.round(q(xs, 0.98))}, p90 ${Math.round(q(xs, 0.9))}, median ${Math.round(q(xs, 0.5))} ms (${xs.length})`;
console.log(
  `### Clicks A/B, ${phone ? 'phone 375×667, 4× CPU' : 'desktop 1280×800'}, ${RUNS} loads × ${CLICKS} clicks each, alternating (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')})`,
);
for (const k of /** @type {const} */ (['A', 'B'])) {
  const c = all[k];
  const slowest = [...c]
    .sort((p, r) => r.duration - p.duration)
    .slice(0, 5)
    .map((x) => `#${x.i} ${x.what} ${Math.round(x.duration)}`)
    .join(', ');
  console.log(`${k} (${k === 'A' ? distA : distB})`);
  console.log(
    `  ${row(
      'all',
      c.map((x) => x.duration),
    )}`,
  );
  for (const where of ['list', 'map'])
    console.log(
      `  ${row(
        where,
        c.filter((x) => x.where === where).map((x) => x.duration),
      )}`,
    );
  console.log(
    `  ${row(
      'input delay + handlers',
      c.map((x) => x.handled),
    )}`,
  );
  console.log(`  slowest: ${slowest}`);
}
