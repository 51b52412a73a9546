// node bench/phases-ab.mjs <dist A> <dist B> [more]: where the time from the first picture to ready goes, for two
// or more builds, page loads alternating A, B, A, B… (the machine is shared: compare builds under the same load).
// Per phase, from the page's own marks: presented (first picture presented: the map's files start), geometry
// (map data decoded), created (MapLibre made: takedown:map-created), load (the style and first tiles: MapLibre's
// `load`), ready (first idle). BENCH_RUNS loads per build (default 7); BENCH_PROFILE=phone for 375×667 at 4× CPU.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { openPage, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const dists = process.argv.slice(2);
if (dists.length < 2) throw new Error('usage: node bench/phases-ab.mjs <dist A> <dist B> [more]');
const phone = process.env.BENCH_PROFILE === 'phone';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const MARKS = {
  presented: 'takedown:first-presented',
  geometry: 'takedown:geometry',
  created: 'takedown:map-created',
  load: 'takedown:map-load',
  ready: 'map-state:ready',
};
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const avg = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
console.log(`load average at start: ${avg()}`);
const results = dists.map(() => []);
for (let run = 0; run < RUNS; run++)
  for (let i = 0; i < dists.length; i++) {
    const { context, page } = await openPage(browser, {
      viewport: viewportOf(phone),
      cpuSlowdown: phone ? 4 : 1,
    });
    await page.goto(servers[i].url);
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
      timeout: 120_000,
    });
    const marks = await page.evaluate((names) => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      // first-presented may be marked with a suffix (-timeout, -unobserved).
      const presented = performance.getEntriesByType('mark').find((m) => m.name.startsWith(names.presented));
      return Object.fromEntries(
        Object.entries(names).map(([k, n]) => [
          k,
          k === 'presented' ? (presented?.startTime ?? null) : at(n),
        ]),
      );
    }, MARKS);
    await context.close();
    results[i].push(marks);
    console.log(
      `run ${run + 1} ${dists[i]}: ${Object.entries(marks)
        .map(([k, v]) => `${k} ${v?.toFixed(0)}`)
        .join(', ')}`,
    );
  }
const rows = [
  ['ready (from navigation)', (m) => m.ready],
  ['presented → ready', (m) => m.ready - m.presented],
  ['presented → geometry', (m) => m.geometry - m.presented],
  ['geometry → created', (m) => m.created - m.geometry],
  ['created → load', (m) => m.load - m.created],
  ['load → ready', (m) => m.ready - m.load],
  ['created → ready', (m) => m.ready - m.created],
];
console.log(`\n| median of ${RUNS} (${phone ? 'phone, 4× CPU' : 'desktop'}), ms | ${dists.join(' | ')} |`);
console.log(`|---|${dists.map(() => '---').join('|')}|`);
for (const [name, f] of rows)
  console.log(`| ${name} | ${results.map((rs) => median(rs.map(f)).toFixed(0)).join(' | ')} |`);
console.log(`load average at end: ${avg()}`);
await browser.close();
for (const s of servers) await s.close?.();
