// node bench/picture-raster.mjs <dist A> [dist B …]: what one raster of the static picture costs the GPU process
// (SwiftShader), per build, in alternating rounds. Each build's page (`?static=1`, so the picture stays) is loaded once;
// then, per round, the picture's width changes by a fraction of a pixel on each of BENCH_FRAMES frames (default 16), so
// every frame rasters the whole picture again at a new scale, and the GPU process's CPU time (utime + stime from
// /proc, Linux) is divided by the frames. Less sensitive to a shared machine than wall time, and it isolates the
// picture: the first frame's presentation waits for this work (bench/results.md, "Branch perf-paint").
// BENCH_RUNS rounds (default 5); BENCH_PROFILE=phone for 375×667 at 4× CPU (the tall picture).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { openPage, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const dists = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
const phone = process.env.BENCH_PROFILE === 'phone';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const frames = Number(process.env.BENCH_FRAMES ?? 16);
// A marker on the command line finds this browser, and so its GPU process, in /proc.
const marker = `--bench-picture-marker=${process.pid}`;
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, marker] });

const cmdline = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};
const children = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
};
const descendants = (pid) => [pid, ...children(pid).flatMap(descendants)];
let gpuPid;
/** CPU time of the GPU process so far, in ms (clock ticks of 10 ms). */
const gpuCpuMs = () => {
  if (!gpuPid) {
    const root = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .find((p) => cmdline(p).includes(marker) && !cmdline(p).includes('--type='));
    gpuPid = descendants(root).find((p) => cmdline(p).includes('--type=gpu-process'));
    if (!gpuPid) throw new Error('no GPU process found (Linux /proc only)');
  }
  const f = readFileSync(`/proc/${gpuPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const pages = [];
for (const server of servers) {
  const { page } = await openPage(browser, { viewport: viewportOf(phone), cpuSlowdown: phone ? 4 : 1 });
  await page.goto(`${server.url}?static=1`);
  await page.waitForFunction(() => document.documentElement.dataset.mapState === 'fallback', null, {
    timeout: 60_000,
  });
  pages.push(page);
}
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`,
);
const results = dists.map(() => []);
for (let run = 0; run < runs; run++)
  for (let i = 0; i < dists.length; i++) {
    await pages[i].bringToFront();
    const before = gpuCpuMs();
    const wall = await pages[i].evaluate(
      async ({ n, round }) => {
        const pictures = [...document.querySelectorAll('svg.op-static')];
        const t0 = performance.now();
        for (let k = 0; k < n; k++) {
          // A new scale every frame, never one seen before: steps of 4/64 px (layout works in 64ths of a pixel, so a
          // smaller step can leave the layout, and so the raster, unchanged).
          const px = ((round * n + k + 1) * 0.0625).toFixed(4);
          for (const svg of pictures) svg.style.width = `calc(100% - ${px}px)`;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
        // Let the last frame reach the GPU process.
        await new Promise((resolve) => setTimeout(resolve, 200));
        return performance.now() - t0;
      },
      { n: frames, round: run },
    );
    results[i].push({ gpu: (gpuCpuMs() - before) / frames, wall: wall / frames });
  }
console.log(
  `\n| median of ${runs} × ${frames} frames (${phone ? 'phone, 4× CPU' : 'desktop'}) | GPU-process CPU per raster | wall per frame |`,
);
console.log('|---|---|---|');
dists.forEach((d, i) =>
  console.log(
    `| ${d} | ${median(results[i].map((r) => r.gpu)).toFixed(1)} ms | ${median(results[i].map((r) => r.wall)).toFixed(1)} ms |`,
  ),
);
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`,
);
await browser.close();
for (const server of servers) await server.close();
