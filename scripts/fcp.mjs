// Dev aid: first contentful paint of the built page under a few conditions (cold context each run).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from '../bench/serve.mjs';
const app = await serve('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, query, js] of process.env.FCP_CASES
  ? JSON.parse(process.env.FCP_CASES)
  : [
      ['normal', '', true],
      ['static=1', '?static=1', true],
      ['no JS', '', false],
    ]) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: js });
    const page = await ctx.newPage();
    await page.goto(app.url + query);
    await page.waitForTimeout(1500);
    out.push(
      await page.evaluate(() =>
        Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
      ),
    );
    await ctx.close();
  }
  console.log(name, out.join(' '));
}
await browser.close();
await app.close();
