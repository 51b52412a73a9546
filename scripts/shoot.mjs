// Dev aid: screenshots of the built app at desktop and phone widths, light and dark.
// Usage: node scripts/shoot.mjs [outdir] [query/hash suffix...]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { preview } from 'vite';

const out = process.argv[2] ?? '/tmp/shots';
const suffixes = process.argv.slice(3).length ? process.argv.slice(3) : [''];
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const { mkdirSync } = await import('node:fs');
mkdirSync(out, { recursive: true });
for (const suffix of suffixes) {
  for (const [w, h] of [
    [1280, 800],
    [375, 667],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({
        viewport: { width: w, height: h },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('pageerror', e.message));
      const t0 = Date.now();
      await page.goto(base + suffix);
      await page
        .waitForFunction(
          () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState),
          null,
          { timeout: 30000 },
        )
        .catch(() => {});
      const state = await page.evaluate(() => document.documentElement.dataset.mapState);
      const name = `${out}/${suffix.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${w}-${scheme}.png`;
      await page.screenshot({ path: name });
      if (w < 600) {
        await page.setViewportSize({ width: w, height: 1600 });
        await page.waitForTimeout(1500);
        await page.screenshot({ path: name.replace('.png', '-tall.png') });
      }
      console.log(name, state, Date.now() - t0, 'ms');
      await ctx.close();
    }
  }
}
await browser.close();
server.httpServer.close();
