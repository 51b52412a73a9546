// node bench/ready-ab.mjs <dist A> <dist B> [more dists]: the load figures of `npm run bench` (ready, first picture,
// longest tasks, blocking time, heap after GC) for two or more builds of the app, page loads alternating A, B, A, B…
// (the machine is shared: compare builds under the same load). BENCH_RUNS loads per build (default 5);
// BENCH_PROFILE=phone for 375×667 at 4× CPU; BENCH_QUERY is appended to the URL (e.g. '?lang=de').
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { measure, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const dists = process.argv.slice(2);
if (dists.length < 2) throw new Error('usage: node bench/ready-ab.mjs <dist A> <dist B> [more]');
const phone = process.env.BENCH_PROFILE === 'phone';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const query = process.env.BENCH_QUERY ?? '';
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const results = dists.map(() => []);
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`,
);
for (let run = 0; run < RUNS; run++)
  for (let i = 0; i < dists.length; i++) {
    const r = await measure(browser, `${servers[i].url}${query}`, {
      viewport: viewportOf(phone),
      cpuSlowdown: phone ? 4 : 1,
    });
    results[i].push(r);
    console.log(
      `run ${run + 1} ${dists[i]}: ready ${r.ready?.toFixed(0)} ms, picture ${r.firstPicture?.toFixed(0)} ms`,
    );
  }
const rows = [
  ['ready', (r) => r.ready, 'ms'],
  ['first picture', (r) => r.firstPicture, 'ms'],
  ['longest task before the picture', (r) => r.longTaskMax, 'ms'],
  ['longest task, picture → ready', (r) => r.longTaskAfter, 'ms'],
  ['blocking time, FCP → ready', (r) => r.tbt, 'ms'],
  ['heap after GC', (r) => r.heapGcMB, 'MB'],
  ['bytes in total', (r) => r.bytesTotal / 1024, 'KB'],
];
console.log(`\n| median of ${RUNS} (${phone ? 'phone, 4× CPU' : 'desktop'}) | ${dists.join(' | ')} |`);
console.log(`|---|${dists.map(() => '---').join('|')}|`);
for (const [name, f, unit] of rows)
  console.log(
    `| ${name} | ${results.map((rs) => `${median(rs.map(f)).toFixed(unit === 'MB' ? 2 : 0)} ${unit}`).join(' | ')} |`,
  );
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`,
);
await browser.close();
for (const s of servers) await s.close?.();
