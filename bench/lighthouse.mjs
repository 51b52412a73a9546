// npm run bench:lighthouse (and the last part of npm run bench): Lighthouse's performance category on the built
// app, once on its default mobile form factor (simulated slow 4G, 4× CPU) and once with --preset=desktop.
// Prints a Markdown section: the metrics, the score, the largest contentful paint element and its breakdown, and
// what Lighthouse blames (main-thread work by kind, script boot-up time, the longest tasks).
//
// Lighthouse is NOT a dependency of the project (it would slow every `npm ci`): this script runs the pinned
// version (LIGHTHOUSE_VERSION in lighthouse-summary.mjs) through `npx --yes`, which fetches it into npm's npx cache on the first run (about 15 s) and
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
import { LIGHTHOUSE_VERSION, summarise, toMarkdown } from './lighthouse-summary.mjs';
import { serve } from './serve.mjs';

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
    const load = loadavg();
    // BENCH_LIGHTHOUSE_QUERY (e.g. '?static=1') audits a variant of the page, to tell what a figure comes from.
    console.log(toMarkdown(await lighthouse(server.url + (process.env.BENCH_LIGHTHOUSE_QUERY ?? '')), load));
  } catch (e) {
    console.log(`Lighthouse could not run: ${e.message}`);
  } finally {
    await server.close();
  }
}
