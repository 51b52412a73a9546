// Dev aid: screenshots of the built app at the issue-13 sizes, light and dark, plus metrics of the first screen.
// Usage: node scripts/shoot-sizes.mjs [outdir] [suffix...]   (SIZES=1280x800,375x667 SCHEMES=light)
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? '/tmp/shots';
const suffixes = process.argv.slice(3).length ? process.argv.slice(3) : [''];
const sizes = (process.env.SIZES ?? '1280x800,1366x768,768x1024,390x844,375x667')
  .split(',')
  .map((s) => s.split('x').map(Number));
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
mkdirSync(out, { recursive: true });
for (const suffix of suffixes) {
  for (const [w, h] of sizes) {
    for (const scheme of schemes) {
      const ctx = await browser.newContext({
        viewport: { width: w, height: h },
        colorScheme: scheme,
        deviceScaleFactor: 1,
        hasTouch: w < 800,
        isMobile: w < 800,
      });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('pageerror', e.message));
      page.on('response', (r) => {
        if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
      });
      await page.goto(base + suffix);
      await page
        .waitForFunction(
          () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState),
          null,
          { timeout: 60000 },
        )
        .catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
      const m = await page.evaluate(() => {
        const r = (s) => {
          const e = document.querySelector(s);
          if (!e) return null;
          const b = e.getBoundingClientRect();
          return [Math.round(b.top), Math.round(b.bottom)];
        };
        return {
          map: r('#op-map'),
          legend: r('#op-legend'),
          state: document.documentElement.dataset.mapState,
        };
      });
      const name = `${out}/${suffix.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${w}x${h}-${scheme}.png`;
      await page.screenshot({ path: name });
      console.log(name, JSON.stringify(m));
      await ctx.close();
    }
  }
}
await browser.close();
server.httpServer.close();
