// Dev aid: a timeline of one cold load (resources and performance marks), for finding where time goes.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from '../bench/serve.mjs';
const root = process.argv[2] ?? 'dist';
const app = await serve(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (let run = 0; run < 2; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(app.url + (process.argv[3] ?? ''));
  await page.waitForFunction(
    () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
    null,
    { timeout: 60000 },
  );
  const rows = await page.evaluate(() =>
    [
      ...performance
        .getEntriesByType('resource')
        .map((e) => [
          e.startTime,
          e.responseEnd,
          'res ' + e.name.split('/').pop().slice(0, 40) + ' ' + e.transferSize,
        ]),
      ...performance.getEntriesByType('mark').map((e) => [e.startTime, e.startTime, 'mark ' + e.name]),
      ...performance.getEntriesByType('paint').map((e) => [e.startTime, e.startTime, 'paint ' + e.name]),
    ].sort((a, b) => a[0] - b[0]),
  );
  console.log(`--- run ${run}`);
  for (const [s, e, n] of rows)
    console.log(String(Math.round(s)).padStart(6), String(Math.round(e)).padStart(6), n);
  await ctx.close();
}
await browser.close();
await app.close();
