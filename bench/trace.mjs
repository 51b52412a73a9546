// npm run bench:trace: one cold load of the built app (desktop, or BENCH_PROFILE=phone for 4× CPU) under a
// Chrome trace (playwright-core's CDP session). Prints where the time goes: the page's own marks and resource
// timings, and the main thread's busy time and longest tasks per phase, from the trace.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { openPage, startTrace, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const phone = process.env.BENCH_PROFILE === 'phone';
const server = await serve(process.env.BENCH_APP_DIST ?? 'dist');
// A marker on the command line finds this browser's GPU process in /proc (Linux), for its CPU time.
const marker = `--bench-trace-marker=${process.pid}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, marker] });
const gpuCpuMs = () => {
  try {
    const cmd = (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
    const browserPid = pids.find((p) => {
      try {
        const c = cmd(p);
        return c.includes(marker) && !c.includes('--type=');
      } catch {
        return false;
      }
    });
    // The GPU process is a descendant of the browser process (not always its child).
    const kids = (pid) =>
      readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    const all = (pid) => [pid, ...kids(pid).flatMap(all)];
    const gpu = all(browserPid).find((p) => cmd(p).includes('--type=gpu-process'));
    const f = readFileSync(`/proc/${gpu}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
};
const { page, cdp } = await openPage(browser, {
  viewport: viewportOf(phone),
  cpuSlowdown: phone ? 4 : 1,
});
// The CPU profiler's samples (every thread that runs script: the page and MapLibre's worker) say what the
// script time was spent on; the gpu categories show SwiftShader compiling and linking the shader programs.
const stopTrace = await startTrace(cdp, [
  ...(process.env.BENCH_TRACE_CATEGORIES ?? '').split(',').filter(Boolean),
  'devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  'gpu',
  'gpu.angle',
  'disabled-by-default-gpu.service',
  'disabled-by-default-devtools.timeline',
]);
const gpuCpuStart = gpuCpuMs();
await page.goto(`${server.url}?debug=1`, { waitUntil: 'commit' });
await page.waitForFunction(
  () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
  null,
  { timeout: 120_000 },
);
const gpuCpuReady = gpuCpuMs();
await page.waitForTimeout(500);
// Bench only (never in src/ or test/): MapLibre's compiled shader programs, read from its internals.
const programs = await page.evaluate(() => {
  const cache =
    window.__takedownMap?.painter?.programCache?.programs ?? window.__map?.painter?.programCache?.programs;
  return cache ? Object.keys(cache) : null;
});
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
const events = await stopTrace();
await browser.close();
await server.close();

// Main thread of the page: the renderer thread that ran the app's own navigation (its ParseHTML). The first
// ParseHTML of the trace can be an internal page's, which made the figures those of the wrong renderer.
const parse =
  events.find((e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? '')) ??
  events.find((e) => e.name === 'ParseHTML');
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
  [
    'GPU process CPU time, navigation → ready (Linux /proc: SwiftShader rasters, composites and compiles there)',
    gpuCpuStart === null || gpuCpuReady === null ? '–' : `${(gpuCpuReady - gpuCpuStart).toFixed(0)} ms`,
  ],
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

// ---- Threads other than the page's main thread, and what the script time went to (CPU profiler samples). ----
if (process.env.BENCH_TRACE_DUMP) writeFileSync(process.env.BENCH_TRACE_DUMP, JSON.stringify(events));
const threadNames = new Map(
  events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']),
);
const processNames = new Map(
  events.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, e.args?.name ?? '?']),
);
const readyUs = ready === null ? Infinity : t0 + ready * 1000;
const createdUs = t0 + (mark('takedown:map-created') ?? 0) * 1000;
/** Busy time of a thread between two trace times: the union of its complete events. */
const busyUs = (pid, tid, from, to) => {
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && !/^Profile/.test(e.name))
    .map((e) => [Math.max(e.ts, from), Math.min(e.ts + e.dur, to)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let total = 0,
    end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
};
const workers = [...threadNames].filter(
  ([, n]) => /worker/i.test(n) && !/Compositor|Raster|Pool|Service/i.test(n),
);
const pageWorkers = workers
  .map(([k, n]) => {
    const [pid, tid] = k.split(':').map(Number);
    return { pid, tid, name: n, busy: busyUs(pid, tid, createdUs, readyUs) };
  })
  .filter((w) => w.pid === parse?.pid && w.busy > 0);

// CPU profile: Profile (names the sampled thread) + ProfileChunk (nodes, samples, time deltas), linked by id.
const profiles = new Map();
for (const e of events) {
  if (e.name === 'Profile')
    profiles.set(`${e.pid}:${e.id}`, {
      pid: e.pid,
      tid: e.tid,
      nodes: new Map(),
      samples: [],
      start: e.args?.data?.startTime ?? e.ts,
    });
}
for (const e of events) {
  if (e.name !== 'ProfileChunk') continue;
  const p = profiles.get(`${e.pid}:${e.id}`);
  if (!p) continue;
  const d = e.args?.data ?? {};
  for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
  const deltas = d.timeDeltas ?? [];
  (d.cpuProfile?.samples ?? []).forEach((s, i) => p.samples.push([s, deltas[i] ?? 0]));
}
// Minified MapLibre resolved to its sources through the package's own maps (the worker asset is the package's file).
const maps = new Map();
const mapFor = (url) => {
  if (maps.has(url)) return maps.get(url);
  let sm = null;
  const file = url.replace(/^.*\//, '').replace(/[?#].*$/, '');
  const candidates = /^maplibre-gl-worker/.test(file)
    ? ['node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs.map']
    : [join(process.env.BENCH_APP_DIST ?? 'dist', 'assets', `${file}.map`)];
  for (const c of candidates)
    if (existsSync(c)) {
      sm = new SourceMap(JSON.parse(readFileSync(c, 'utf8')));
      break;
    }
  maps.set(url, sm);
  return sm;
};
const bucketOf = (cf) => {
  if (!cf.url) return cf.functionName ? `(${cf.functionName.replace(/^\(|\)$/g, '')})` : '(native)';
  const sm = mapFor(cf.url);
  const entry = sm?.findEntry(cf.lineNumber, cf.columnNumber);
  let src = entry?.originalSource;
  // A sourcemapped app build (vite build --sourcemap) points into MapLibre's own minified file: one more map.
  if (src && /maplibre-gl\/dist\/maplibre-gl\.mjs$/.test(src)) {
    if (!maps.has('maplibre-gl.mjs'))
      maps.set(
        'maplibre-gl.mjs',
        new SourceMap(JSON.parse(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs.map', 'utf8'))),
      );
    src =
      maps.get('maplibre-gl.mjs').findEntry(entry.originalLine, entry.originalColumn)?.originalSource ?? src;
  }
  if (!src)
    return `${cf.url.replace(/^.*\//, '').replace(/-[\w-]{8}\.m?js$/, '')} ${cf.functionName || '(anonymous)'}`;
  const path = src.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return path.replace(/^src\//, 'maplibre/').replace(/\.ts$/, '');
};
const profileRows = [];
for (const p of profiles.values()) {
  const name = threadNames.get(`${p.pid}:${p.tid}`) ?? `thread ${p.tid}`;
  const self = new Map();
  let t = p.start,
    total = 0;
  for (const [id, dt] of p.samples) {
    t += dt;
    if (t < createdUs || t > readyUs) continue;
    const n = p.nodes.get(id);
    const cf = n?.callFrame ?? {};
    if (cf.functionName === '(idle)' || cf.functionName === '(root)') continue;
    const b = bucketOf(cf);
    self.set(b, (self.get(b) ?? 0) + dt);
    total += dt;
  }
  if (total > 20_000)
    profileRows.push({
      name: `${processNames.get(p.pid) ?? p.pid} / ${name}`,
      total,
      top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 12),
    });
}
// The GPU side: SwiftShader/ANGLE compiling and linking programs (whichever process runs it).
const gpuWork = events.filter(
  (e) =>
    e.ph === 'X' &&
    e.ts >= createdUs &&
    e.ts <= readyUs &&
    /compile|link|CompileShader|LinkProgram/i.test(e.name),
);
const gpuBy = new Map();
for (const e of gpuWork) {
  const k = `${e.name} (${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid})`;
  const v = gpuBy.get(k) ?? { n: 0, us: 0 };
  v.n++;
  v.us += e.dur ?? 0;
  gpuBy.set(k, v);
}
const msu = (us) => `${(us / 1000).toFixed(0)} ms`;
console.log(`\n#### MapLibre created → ready (${msu(readyUs - createdUs)})\n`);
console.log(`| thread | busy |\n|---|---|`);
console.log(`| page main thread | ${msu(busyUs(parse?.pid, parse?.tid, createdUs, readyUs))} |`);
for (const w of pageWorkers) console.log(`| ${w.name} (tid ${w.tid}) | ${msu(w.busy)} |`);
console.log(
  `\nShader programs compiled: ${programs ? `${programs.length} (${programs.map((k) => k.replace(/\/mercator$/, '')).join(', ')})` : '– (no map handle)'}`,
);
console.log(
  `\nShader compile / link events (gpu trace): ${
    gpuBy.size
      ? [...gpuBy]
          .sort((a, b) => b[1].us - a[1].us)
          .slice(0, 8)
          .map(([k, v]) => `${k} ×${v.n} ${msu(v.us)}`)
          .join('; ')
      : 'none recorded'
  }`,
);
// Every other busy thread (the GPU process's main thread runs SwiftShader: compiling, and rastering the page too),
// with what its top-level events were.
const topLevel = (pid, tid) => {
  const out = new Map();
  let end = -Infinity;
  for (const e of events
    .filter(
      (e) =>
        e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && e.ts >= createdUs && e.ts < readyUs,
    )
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    out.set(e.name, (out.get(e.name) ?? 0) + e.dur);
  }
  return [...out].sort((a, b) => b[1] - a[1]).slice(0, 4);
};
const others = [...threadNames]
  .map(([k, n]) => {
    const [pid, tid] = k.split(':').map(Number);
    return {
      pid,
      tid,
      name: `${processNames.get(pid) ?? pid} / ${n}`,
      busy: busyUs(pid, tid, createdUs, readyUs),
    };
  })
  .filter(
    (t) =>
      t.busy > 100_000 &&
      !(t.pid === parse?.pid && t.tid === parse?.tid) &&
      !pageWorkers.some((w) => w.tid === t.tid),
  )
  .sort((a, b) => b.busy - a.busy);
for (const t of others)
  console.log(
    `\nBusy ${msu(t.busy)}: ${t.name}: ` +
      topLevel(t.pid, t.tid)
        .map(([k, us]) => `${k} ${msu(us)}`)
        .join('; '),
  );
for (const r of profileRows.sort((a, b) => b.total - a.total))
  console.log(
    `\nScript self time, ${r.name}, created → ready: ${msu(r.total)}: ` +
      r.top.map(([k, us]) => `${k} ${msu(us)}`).join('; '),
  );
