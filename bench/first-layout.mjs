// node bench/first-layout.mjs [dist ...]: the prerendered page's style and layout before the first picture, per
// dist folder, in alternating loads (BENCH_RUNS each, default 5; BENCH_PROFILE=phone for 375×667 at 4× CPU).
// Prints medians of the longest main-thread task before first contentful paint and of the Layout,
// UpdateLayoutTree and Paint time from navigation to it, read from a Chrome trace (devtools.timeline).
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { openPage, startTrace, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const phone = process.env.BENCH_PROFILE === 'phone';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dists = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function once(url) {
  const { context, page, cdp } = await openPage(browser, {
    viewport: viewportOf(phone),
    cpuSlowdown: phone ? 4 : 1,
  });
  const stopTrace = await startTrace(cdp, ['devtools.timeline', 'blink.user_timing', 'loading', 'toplevel']);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 60_000,
  });
  const cls = await page.evaluate(() => window.__cls ?? null);
  const events = await stopTrace();
  await context.close();
  const nav = events.find(
    (e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X');
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === nav.pid)?.ts ?? Infinity;
  const tasks = main.filter(
    (e) => /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && e.ts >= nav.ts && e.ts < fcp,
  );
  const longest = tasks.sort((a, b) => b.dur - a.dur)[0];
  const sum = (n) =>
    main.filter((e) => e.name === n && e.ts >= nav.ts && e.ts < fcp).reduce((s, e) => s + e.dur / 1000, 0);
  const objects = Math.max(
    0,
    ...main.filter((e) => e.name === 'Layout' && e.ts < fcp).map((e) => e.args?.beginData?.totalObjects ?? 0),
  );
  return {
    longest: longest.dur / 1000,
    layout: sum('Layout'),
    style: sum('UpdateLayoutTree'),
    paint: sum('Paint'),
    fcp: (fcp - nav.ts) / 1000,
    objects,
    cls,
  };
}

const results = dists.map(() => []);
for (let r = 0; r < runs; r++)
  for (let i = 0; i < dists.length; i++) results[i].push(await once(`${servers[i].url}?debug=1`));
await browser.close();
await Promise.all(servers.map((s) => s.close()));
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
  `${phone ? 'phone 375×667, 4× CPU' : 'desktop 1280×800'}, ${runs} alternating loads, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(
  '| dist | longest task before FCP | Layout before FCP | UpdateLayoutTree before FCP | Paint before FCP | FCP | layout objects | CLS |\n|---|---|---|---|---|---|---|---|',
);
dists.forEach((d, i) => {
  const rs = results[i];
  const f = (k) => med(rs.map((x) => x[k])).toFixed(0);
  console.log(
    `| ${d} | ${f('longest')} | ${f('layout')} | ${f('style')} | ${f('paint')} | ${f('fcp')} | ${rs[0].objects} | ${Math.max(...rs.map((x) => x.cls ?? 0)).toFixed(3)} |`,
  );
});
