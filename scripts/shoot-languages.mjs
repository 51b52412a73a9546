// Dev aid: one screenshot per language (desktop 1280 × 800), German at 320 px and
// Bulgarian at 390 × 844, for docs/languages/. Run after a build.
// Usage: node scripts/shoot-languages.mjs [outdir] [path suffix, e.g. '#country=de']
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const out = process.argv[2] ?? 'docs/languages';
const suffix = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shots = [
  ...['en', 'fr', 'nl', 'de', 'ro', 'bg'].map((l) => [l, 1280, 800]),
  ['de', 320, 720],
  ['bg', 390, 844],
];
for (const [lang, w, h] of shots) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: 'light' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${base}${lang === 'en' ? '' : `${lang}/`}${suffix}`);
  await page
    .waitForFunction(
      () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState),
      null,
      {
        timeout: 60000,
      },
    )
    .catch(() => {});
  const state = await page.evaluate(() => document.documentElement.dataset.mapState);
  const name = `${out}/${lang}-${w}x${h}.png`;
  await page.screenshot({ path: name });
  console.log(name, state);
  await ctx.close();
}
await browser.close();
server.httpServer.close();
