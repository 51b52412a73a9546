// Screenshots of every operation's page (dist/operations.json) at 1280×800 and 390×844, light theme,
// once the interactive map is drawn. Usage: npm run build && node scripts/shoot-operations.mjs [outdir] [lang]
// (docs/operations/ holds the committed set; with a language, its pages: dist/<lang>/, dist/<lang>/<slug>/).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const out = process.argv[2] ?? 'docs/operations';
const lang = process.argv[3] && process.argv[3] !== 'en' ? process.argv[3] : '';
mkdirSync(out, { recursive: true });
const ops = JSON.parse(readFileSync('dist/operations.json', 'utf8'));
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const op of ops) {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: 'light' });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(op.slug, 'pageerror', e.message));
    await page.goto(new URL(lang ? `${lang}/${op.path === './' ? '' : op.path}` : op.path, base).href);
    await page.waitForFunction(
      () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState ?? ''),
      null,
      { timeout: 60_000 },
    );
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))),
    );
    const state = await page.evaluate(() => document.documentElement.dataset.mapState);
    const file = `${out}/${lang ? `${lang}-` : ''}${op.slug}-${w}x${h}.png`;
    await page.screenshot({ path: file });
    console.log(file, state);
    await ctx.close();
  }
}
await browser.close();
server.httpServer.close();
