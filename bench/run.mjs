// npm run bench: the app against a bare MapLibre page, in headless Chromium
// (software WebGL), desktop and a mobile profile, alternating runs; then one
// traced load per profile (trace.mjs) and Lighthouse per form factor (lighthouse.mjs).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { measure } from './measure.mjs';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// 5 × 10 = 50 clicks per profile, half in the list and half on the map.
const CLICKS = Number(process.env.BENCH_CLICKS ?? 10);
const PROFILES = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, cpuSlowdown: 1 },
  { name: 'mobile 375×667, 4× CPU', viewport: { width: 375, height: 667 }, cpuSlowdown: 4 },
];

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!process.env.BENCH_NO_BUILD) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.ts']);
}

const app = await serve(process.env.BENCH_APP_DIST ?? 'dist');
const base = await serve('bench/baseline/dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (q) => (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.min(s.length - 1, Math.ceil(q * s.length) - 1))];
};
const p98 = quantile(0.98);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const fmt = (v, unit) =>
  v === null || v === undefined || Number.isNaN(v)
    ? '–'
    : unit === 'KB'
      ? (v / 1024).toFixed(1)
      : unit === 'MB'
        ? v.toFixed(1)
        : Math.round(v).toString();

const lines = [
  `# Benchmark results`,
  '',
  `${new Date().toISOString()} · ${RUNS} alternating runs per page and profile · headless Chromium (SwiftShader) · gzip over loopback · load average at start ${load()} (1 / 5 / 15 min)`,
  '',
  'The machine is shared: read the ratios (app and baseline alternate run by run), not the absolute times.',
  '',
];
for (const profile of PROFILES) {
  const results = { app: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    results.app.push(
      await measure(browser, `${app.url}?debug=1${process.env.BENCH_APP_QUERY ?? ''}`, {
        ...profile,
        clicks: CLICKS,
      }),
    );
    results.baseline.push(await measure(browser, base.url, profile));
    process.stdout.write(`${profile.name}: run ${i + 1}/${RUNS}\r`);
  }
  const rows = [
    ['first map picture', 'ms', (r) => r.firstPicture],
    ['ready (app) / idle (baseline)', 'ms', (r) => r.ready],
    ['first contentful paint', 'ms', (r) => r.fcp],
    ['largest contentful paint', 'ms', (r) => r.lcp],
    ['cumulative layout shift (×1000)', '', (r) => r.cls * 1000],
    ['total blocking time, first contentful paint to ready', 'ms', (r) => r.tbt],
    ['bytes before first picture', 'KB', (r) => r.bytesBefore],
    ['bytes in total', 'KB', (r) => r.bytesTotal],
    ['JS heap after ready', 'MB', (r) => r.heapMB],
    ['JS heap after ready, after a full garbage collection', 'MB', (r) => r.heapGcMB],
    ['longest task before first picture', 'ms', (r) => r.longTaskMax],
    ['longest task from first picture to ready', 'ms', (r) => r.longTaskAfter],
  ];
  lines.push(
    `## ${profile.name}`,
    '',
    '| metric | app median (min–max) | baseline median (min–max) | app / baseline |',
    '|---|---|---|---|',
  );
  for (const [label, unit, get] of rows) {
    const a = results.app.map(get).filter((v) => v !== null),
      b = results.baseline.map(get).filter((v) => v !== null);
    const cell = (xs) =>
      xs.length
        ? `${fmt(median(xs), unit)} (${fmt(Math.min(...xs), unit)}–${fmt(Math.max(...xs), unit)}) ${unit}`
        : '–';
    const ratio = a.length && b.length ? (median(b) ? (median(a) / median(b)).toFixed(2) : '–') : '–';
    lines.push(`| ${label} | ${cell(a)} | ${cell(b)} | ${ratio} |`);
  }
  const firstVsIdle =
    median(results.app.map((r) => r.firstPicture)) / median(results.baseline.map((r) => r.ready));
  const clicks = results.app.flatMap((r) => r.clickDurations ?? []);
  const handled = results.app.flatMap((r) => r.clickHandled ?? []);
  lines.push(`| first picture vs baseline idle | | | ${firstVsIdle.toFixed(2)} |`);
  lines.push(
    `| click → panel painted (Event Timing, ${clicks.length} clicks, list and map) | p98 ${fmt(p98(clicks))} ms, median ${fmt(median(clicks))} ms | | |`,
    `| of which input delay and handlers (the rest is the frame: style, layout, paint, compositing) | p98 ${fmt(p98(handled))} ms, median ${fmt(median(handled))} ms | | |`,
    '',
  );
  lines.push(
    `States reached: app ${[...new Set(results.app.map((r) => r.state))].join(', ')}; baseline ${[...new Set(results.baseline.map((r) => r.state))].join(', ')}. ` +
      `Largest contentful paint element: app ${[...new Set(results.app.map((r) => r.lcpElement))].join(', ')}; baseline ${[...new Set(results.baseline.map((r) => r.lcpElement))].join(', ')}. Load average at the end: ${load()}.`,
    '',
  );
}
lines.push('Event Timing reports only events of 16 ms or more; faster clicks count as 16 ms.', '');
await browser.close();
await app.close();
await base.close();
// The trace breakdown of one cold load per profile (bench/trace.mjs), after the alternating runs.
lines.push('## Where the time goes (one traced cold load per profile)', '');
for (const profile of ['desktop', 'phone']) {
  const t = spawnSync('node', ['bench/trace.mjs'], {
    env: { ...process.env, BENCH_PROFILE: profile },
    encoding: 'utf8',
  });
  lines.push(t.status === 0 ? t.stdout.trim() : `(trace failed: ${t.stderr.trim().split('\n')[0]})`, '');
}
// Lighthouse once per form factor (bench/lighthouse.mjs: the pinned version through npx, its own timeout; it
// prints why when it fails and exits 0). BENCH_NO_LIGHTHOUSE=1 skips it.
if (!process.env.BENCH_NO_LIGHTHOUSE) {
  process.stdout.write('Lighthouse: mobile and desktop…\n');
  const l = spawnSync('node', ['bench/lighthouse.mjs'], { encoding: 'utf8', timeout: 15 * 60_000 });
  lines.push(
    l.status === 0 && l.stdout.trim()
      ? l.stdout.trim()
      : `(Lighthouse failed: ${(l.error?.message ?? l.stderr ?? '').trim().split('\n')[0]})`,
    '',
  );
}
const text = lines.join('\n');
writeFileSync(process.env.BENCH_OUT ?? 'bench/results.md', text + '\n');
console.log('\n' + text);
