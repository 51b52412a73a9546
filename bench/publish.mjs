// npm run bench (second part): the published build behind a real nginx
// running deploy/nginx.conf on loopback. Bytes per load with brotli against
// gzip (the files one page load fetches, from their precompressed copies),
// and a bounded load check (autocannon, a few seconds, loopback only):
// requests per second and p99 latency for the page and its assets, zero errors.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { startNginx, HAS_NGINX, NGINX } from '../test/fixtures/nginx.mjs';

const DURATION = Number(process.env.BENCH_LOAD_SECONDS ?? 4); // per encoding
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 16);

if (!HAS_NGINX) {
  console.error(`bench: no nginx at ${NGINX}; install Debian's nginx (see .ci/run) or set NGINX_PATH`);
  process.exit(1);
}
if (!process.env.BENCH_NO_BUILD) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const nginx = await startNginx({ dist: 'dist' });
const size = (f) => (existsSync(f) ? statSync(f).size : null);
const kb = (n) => (n / 1024).toFixed(1);
let exitCode = 0;
try {
  // 1. Which files one load fetches: the page in Chromium until the map is ready.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const paths = new Set();
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.origin === nginx.origin)
      paths.add(u.pathname.slice(new URL(nginx.url).pathname.length) || 'index.html');
  });
  await page.goto(nginx.url);
  await page.waitForFunction(
    () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
    null,
    { timeout: 60_000 },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.mapState);
  await browser.close();

  const files = [...paths].sort().map((p) => {
    const f = join('dist', p);
    const raw = size(f) ?? 0;
    return { path: p, raw, br: size(`${f}.br`) ?? raw, gz: size(`${f}.gz`) ?? raw };
  });
  const total = (k) => files.reduce((s, f) => s + f[k], 0);

  // 2. Load: every file of that page load, round robin, as a browser asks for them.
  const run = (encoding) =>
    autocannon({
      url: nginx.origin,
      connections: CONNECTIONS,
      duration: DURATION / 2,
      requests: files.map((f) => ({
        method: 'GET',
        path: new URL(f.path === 'index.html' ? '' : f.path, nginx.url).pathname,
        headers: { 'accept-encoding': encoding },
      })),
    });
  await autocannon({ url: nginx.url, connections: CONNECTIONS, duration: 1 }); // warm-up, not counted
  // Rounds in the order br, gzip, gzip, br, so neither encoding gets the quieter moments.
  const rounds = { br: [], gzip: [] };
  for (const enc of ['br', 'gzip', 'gzip', 'br'])
    rounds[enc].push(await run(enc === 'br' ? 'br, gzip' : 'gzip'));
  const combine = (rs) => ({
    rps: rs.reduce((s, r) => s + r.requests.total, 0) / rs.reduce((s, r) => s + r.duration, 0),
    p50: Math.max(...rs.map((r) => r.latency.p50)),
    p99: Math.max(...rs.map((r) => r.latency.p99)),
    max: Math.max(...rs.map((r) => r.latency.max)),
    mbps: rs.reduce((s, r) => s + r.throughput.total, 0) / rs.reduce((s, r) => s + r.duration, 0) / 1048576,
    errors: rs.reduce((s, r) => s + r.errors + r.timeouts, 0),
    non2xx: rs.reduce((s, r) => s + r.non2xx, 0),
  });
  const load = { br: combine(rounds.br), gzip: combine(rounds.gzip) };

  const lines = [
    '# Publishing benchmark: nginx with deploy/nginx.conf',
    '',
    `${new Date().toISOString()} · nginx ${nginx.brotli ? 'with' : 'without'} brotli_static · loopback · map state after the load: ${state}`,
    '',
    `## Bytes per page load (${files.length} files fetched until ready, desktop 1280×800)`,
    '',
    '| file | plain | brotli | gzip |',
    '|---|---|---|---|',
    ...files.map((f) => `| ${f.path} | ${kb(f.raw)} KB | ${kb(f.br)} KB | ${kb(f.gz)} KB |`),
    `| **total** | **${kb(total('raw'))} KB** | **${kb(total('br'))} KB** | **${kb(total('gz'))} KB** |`,
    '',
    `Brotli sends ${kb(total('gz') - total('br'))} KB (${(100 * (1 - total('br') / total('gz'))).toFixed(0)} %) less than gzip per load.`,
    '',
    `## Load: ${CONNECTIONS} connections, ${DURATION} s per encoding (two rounds each, br gzip gzip br), each file of a page load in turn`,
    '',
    `Load average at the start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} cores (shared with the load generator).`,
    '',
    '| encoding | requests/s | latency p50 | p99 | max | throughput | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(load).map(
      ([k, r]) =>
        `| ${k} | ${Math.round(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.mbps.toFixed(1)} MB/s | ${r.errors} | ${r.non2xx} |`,
    ),
    '',
    `(p50, p99 and max: the worse of the two rounds.) One page load is ${files.length} requests, so this one nginx serves about ${Math.round(load.br.rps / files.length)} page loads a second here; the map does no work on the server, so a CDN in front scales it further.`,
    '',
  ];
  for (const r of Object.values(load)) if (r.errors || r.non2xx) exitCode = 1;
  const text = lines.join('\n');
  writeFileSync('bench/publish-results.md', text);
  console.log('\n' + text);
  if (exitCode) console.error('bench: the load check saw errors');
} finally {
  await nginx.stop();
}
process.exit(exitCode);
