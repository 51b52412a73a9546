// Dev aid: a 2× close-up of part of the map. Usage: node scripts/shoot-zoom.mjs out.png WxH x,y,w,h [suffix] [scheme]
import { chromium } from 'playwright-core';
import { preview } from 'vite';
const [out, size, clip, suffix = '', scheme = 'light'] = process.argv.slice(2);
const [w, h] = size.split('x').map(Number);
const [cx, cy, cw, ch] = clip.split(',').map(Number);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await (
  await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 2, colorScheme: scheme })
).newPage();
await page.goto(base + suffix);
await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
  timeout: 60000,
});
if (process.env.CLICK) {
  await page.click(process.env.CLICK);
}
await page.waitForTimeout(2500);
await page.screenshot({ path: out, clip: { x: cx, y: cy, width: cw, height: ch } });
await browser.close();
server.httpServer.close();
