// npm run bench:heap: what the app's JS heap holds after ready, against the bare MapLibre page's.
// For each page: ready (or idle), then the used heap as `npm run bench` reads it (Runtime.getHeapUsage), the
// same after a full garbage collection, and a heap snapshot summed by constructor (self size), the app's
// largest differences first. BENCH_PROFILE=phone for 375×667; BENCH_NO_BUILD=1 to use the built dists.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { heapSnapshotText, openPage, untilSettled, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const phone = process.env.BENCH_PROFILE === 'phone';
if (!process.env.BENCH_NO_BUILD) {
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn'],
    ['vite', 'build', '--config', 'bench/baseline/vite.config.ts'],
  ])
    if (spawnSync('npx', args, { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const app = await serve(process.env.BENCH_APP_DIST ?? 'dist');
const base = await serve('bench/baseline/dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A heap snapshot's nodes summed by constructor/name: { key → { count, size } }. */
function summarize(json) {
  const snap = JSON.parse(json);
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((k) => f.indexOf(k));
  const out = new Map();
  const { nodes, strings } = snap;
  for (let i = 0; i < nodes.length; i += f.length) {
    const type = types[nodes[i + iType]];
    const name = type === 'object' || type === 'native' ? strings[nodes[i + iName]] : `(${type})`;
    const key = name.length > 60 ? name.slice(0, 60) + '…' : name;
    const e = out.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += nodes[i + iSize];
    out.set(key, e);
  }
  return out;
}

async function heapOf(url) {
  const { context, page, cdp } = await openPage(browser, { viewport: viewportOf(phone), init: false });
  await page.goto(url, { waitUntil: 'commit' });
  await untilSettled(page);
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const chunks = await heapSnapshotText(cdp);
  await context.close();
  return { before, after, byName: summarize(chunks) };
}

const a = await heapOf(`${app.url}?debug=1${process.env.BENCH_APP_QUERY ?? ''}`);
const b = await heapOf(base.url);
await browser.close();
await app.close();
await base.close();
const mb = (v) => (v / 1048576).toFixed(2);
const kb = (v) => (v / 1024).toFixed(0);
console.log(`### JS heap after ready, ${phone ? 'phone 375×667' : 'desktop 1280×800'}\n`);
console.log('| | app | baseline | ratio |\n|---|---|---|---|');
console.log(
  `| used (as npm run bench reads it) | ${mb(a.before)} MB | ${mb(b.before)} MB | ${(a.before / b.before).toFixed(2)} |`,
);
console.log(
  `| used after a full GC | ${mb(a.after)} MB | ${mb(b.after)} MB | ${(a.after / b.after).toFixed(2)} |`,
);
console.log('\nLargest differences by constructor (self size, KB; app − baseline):\n');
console.log(
  '| constructor | app count | app KB | baseline count | baseline KB | Δ KB |\n|---|---|---|---|---|---|',
);
const keys = new Set([...a.byName.keys(), ...b.byName.keys()]);
const rows = [...keys]
  .map((k) => {
    const x = a.byName.get(k) ?? { count: 0, size: 0 },
      y = b.byName.get(k) ?? { count: 0, size: 0 };
    return { k, x, y, d: x.size - y.size };
  })
  .sort((p, q) => Math.abs(q.d) - Math.abs(p.d))
  .slice(0, Number(process.env.BENCH_ROWS ?? 30));
for (const { k, x, y, d } of rows)
  console.log(
    `| ${k.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${x.count} | ${kb(x.size)} | ${y.count} | ${kb(y.size)} | ${kb(d)} |`,
  );
