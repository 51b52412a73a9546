// npm run bench:lighthouse (and the last part of npm run bench): Lighthouse's performance category on the built
// app, once on its default mobile form factor (simulated slow 4G, 4× CPU) and once with --preset=desktop.
// Prints a Markdown section: the metrics, the score, the largest contentful paint element and its breakdown, and
// what Lighthouse blames (main-thread work by kind, script boot-up time, the longest tasks).
//
// Lighthouse is NOT a dependency of the project (it would slow every `npm ci`): this script runs the pinned
// version below through `npx --yes`, which fetches it into npm's npx cache on the first run (about 15 s) and
// reuses it afterwards. It drives the same Chromium as the rest of the bench (scripts/chromium.mjs), which this
// script starts itself (headless, software WebGL, its own throw-away profile) so that a run which hangs can be
// ended: each run has a timeout (BENCH_LIGHTHOUSE_TIMEOUT_S, default 300 s), after which Lighthouse and that
// Chromium are killed, the reason is printed, and the script goes on. It always exits 0, so the bench goes on.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { serve } from './serve.mjs';

/** The pinned Lighthouse (npm). */
export const LIGHTHOUSE_VERSION = '12.8.2';
const TIMEOUT_MS = Number(process.env.BENCH_LIGHTHOUSE_TIMEOUT_S ?? 300) * 1000;

/** The form factors: Lighthouse's defaults (mobile) and its desktop preset. */
export const FORM_FACTORS = [
  { name: 'mobile', flags: [] },
  { name: 'desktop', flags: ['--preset=desktop'] },
];

/** Start a process in its own process group; `stop()` ends the whole group (the Chromium wrapper and its children). */
const start = (cmd, args, options = {}) => {
  const child = spawn(cmd, args, { ...options, detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { child, stop };
};

/** Chromium with a DevTools port; resolves to { port, stop } once it listens. */
const startChromium = (profileDir) =>
  new Promise((resolve, reject) => {
    const args = [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      // Root (as in CI containers) cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ];
    const { child, stop } = start(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Chromium did not open its DevTools port within 30 s: ${err.trim().slice(-300)}`));
    }, 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        child.stderr.removeAllListeners('data');
        child.stderr.resume();
        resolve({ port: Number(m[1]), stop });
      }
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`Chromium exited (${code}) before opening its DevTools port: ${err.trim().slice(-300)}`),
      );
    });
  });

/** One Lighthouse run; resolves to its JSON report, or rejects with why it failed. */
const runLighthouse = (url, port, flags, outFile) =>
  new Promise((resolve, reject) => {
    const args = [
      '--yes',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      `--port=${port}`,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      ...flags,
    ];
    const { child, stop } = start('npx', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(`no result within ${TIMEOUT_MS / 1000} s (set BENCH_LIGHTHOUSE_TIMEOUT_S for longer)`),
      );
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`lighthouse exited with ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}`));
        return;
      }
      try {
        resolve(JSON.parse(readFileSync(outFile, 'utf8')));
      } catch (e) {
        reject(new Error(`no readable report: ${e.message}`));
      }
    });
  });

const audit = (lhr, id) => lhr.audits[id] ?? {};
const items = (lhr, id) => audit(lhr, id).details?.items ?? [];
const ms = (v) => (typeof v === 'number' ? `${Math.round(v)} ms` : '–');
const shortUrl = (u) => (typeof u === 'string' ? u.replace(/^https?:\/\/[^/]+\//, '/') : String(u));

/** The figures this bench prints, from one Lighthouse report (a pure function of the report). */
export function summarise(lhr) {
  const num = (id) => audit(lhr, id).numericValue ?? null;
  // largest-contentful-paint-element: a list of two tables, the element and the phases (TTFB, load delay, ...).
  const lcpTables = items(lhr, 'largest-contentful-paint-element');
  const node = lcpTables[0]?.items?.[0]?.node;
  const phases = (lcpTables[1]?.items ?? []).map((p) => ({
    phase: p.phase,
    ms: p.timing,
    percent: p.percent,
  }));
  return {
    score: lhr.categories?.performance?.score ?? null,
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbt: num('total-blocking-time'),
    speedIndex: num('speed-index'),
    interactive: num('interactive'),
    lcpElement: node ? `${node.selector} ("${(node.nodeLabel ?? '').slice(0, 60)}")` : null,
    lcpPhases: phases,
    mainThread: items(lhr, 'mainthread-work-breakdown')
      .slice(0, 4)
      .map((i) => ({ label: i.groupLabel, ms: i.duration })),
    bootup: items(lhr, 'bootup-time')
      .slice(0, 3)
      .map((i) => ({ url: shortUrl(i.url), ms: i.total })),
    longTasks: items(lhr, 'long-tasks')
      .slice(0, 5)
      .map((i) => ({ url: shortUrl(i.url), ms: i.duration, at: i.startTime })),
    layoutShifts: items(lhr, 'layout-shifts')
      .slice(0, 2)
      .map((i) => ({ selector: i.node?.selector ?? '?', score: i.score })),
    observed: audit(lhr, 'metrics').details?.items?.[0] ?? {},
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

/** The Markdown section for the results: one column per form factor. */
export function toMarkdown(results) {
  const cols = results.map((r) => r.name);
  const cell = (r, f) => (r.summary ? f(r.summary) : '–');
  const row = (label, f, target) =>
    `| ${label} | ${results.map((r) => cell(r, f)).join(' | ')} | ${target} |`;
  const lines = [
    `## Lighthouse ${LIGHTHOUSE_VERSION} (performance only, simulated throttling, one run per form factor)`,
    '',
    `Load average at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}. Mobile is Lighthouse's default (slow 4G, 4× CPU, 412×823); desktop is --preset=desktop.`,
    '',
    `| metric | ${cols.join(' | ')} | target (issue 15) |`,
    `|---|${cols.map(() => '---|').join('')}---|`,
    row(
      'performance score',
      (s) => (s.score === null ? '–' : String(Math.round(s.score * 100))),
      '≥ 90 desktop',
    ),
    row('first contentful paint', (s) => ms(s.fcp), '≤ 1.8 s mobile'),
    row('largest contentful paint', (s) => ms(s.lcp), '≤ 2.5 s mobile'),
    row('cumulative layout shift', (s) => (s.cls === null ? '–' : s.cls.toFixed(3)), '≤ 0.05 mobile'),
    row('total blocking time', (s) => ms(s.tbt), ''),
    row('speed index', (s) => ms(s.speedIndex), ''),
    row('time to interactive', (s) => ms(s.interactive), ''),
    row(
      'observed (unthrottled) FCP / LCP',
      (s) =>
        `${ms(s.observed.observedFirstContentfulPaint)} / ${ms(s.observed.observedLargestContentfulPaint)}`,
      '',
    ),
    row('largest contentful paint element', (s) => s.lcpElement ?? '–', ''),
    row(
      'LCP breakdown',
      (s) => s.lcpPhases.map((p) => `${p.phase} ${ms(p.ms)} (${p.percent})`).join(', ') || '–',
      '',
    ),
    row('main-thread work', (s) => s.mainThread.map((m) => `${m.label} ${ms(m.ms)}`).join(', ') || '–', ''),
    row('script boot-up time', (s) => s.bootup.map((b) => `${b.url} ${ms(b.ms)}`).join(', ') || '–', ''),
    row(
      'longest tasks (simulated)',
      (s) => s.longTasks.map((t) => `${ms(t.ms)} at ${ms(t.at)} (${t.url})`).join(', ') || 'none',
      '',
    ),
    row(
      'layout shifts',
      (s) =>
        s.layoutShifts.map((l) => `${l.selector} ${l.score?.toFixed?.(3) ?? l.score}`).join(', ') || 'none',
      '',
    ),
    row('Lighthouse benchmark index of this machine', (s) => String(s.benchmarkIndex ?? '–'), ''),
    '',
  ];
  for (const r of results) {
    if (r.error) lines.push(`Lighthouse ${r.name} failed: ${r.error}`, '');
    for (const w of r.summary?.warnings ?? []) lines.push(`Lighthouse ${r.name} warned: ${w}`, '');
    if (r.summary?.runtimeError)
      lines.push(`Lighthouse ${r.name} runtime error: ${r.summary.runtimeError}`, '');
  }
  return lines.join('\n');
}

/** Run Lighthouse once per form factor against `url`; never throws (a failed run carries its `error`). */
export async function lighthouse(url, formFactors = FORM_FACTORS) {
  const results = [];
  for (const ff of formFactors) {
    const dir = mkdtempSync(join(tmpdir(), 'takedown-lighthouse-'));
    let chrome = null;
    try {
      chrome = await startChromium(join(dir, 'profile'));
      const lhr = await runLighthouse(url, chrome.port, ff.flags, join(dir, 'report.json'));
      results.push({ name: ff.name, summary: summarise(lhr) });
    } catch (e) {
      results.push({ name: ff.name, error: e.message });
    } finally {
      chrome?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serve(process.env.BENCH_APP_DIST ?? 'dist');
  try {
    console.log(toMarkdown(await lighthouse(server.url)));
  } catch (e) {
    console.log(`Lighthouse could not run: ${e.message}`);
  } finally {
    await server.close();
  }
}
