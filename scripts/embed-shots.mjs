// Dev aid: the built map embedded by the loader in 375 and 640 px article columns on another
// origin (test/fixtures/embed/column-*.html), plus fit=1 frames and the phone tour. Prints the
// iframe heights as the reader clicks and writes screenshots.
// Usage: node scripts/embed-shots.mjs [outdir]   (after `npx vite build`)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out = process.argv[2] ?? '/tmp/embed-shots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const map = `http://127.0.0.1:${server.httpServer.address().port}/`;
const host = createServer((req, res) => {
  const name = new URL(req.url, 'http://x').pathname.slice(1);
  try {
    const body = readFileSync(new URL(`../test/fixtures/embed/${name}`, import.meta.url), 'utf8').replaceAll(
      '{{MAP}}',
      map,
    );
    res
      .writeHead(200, {
        'Content-Type': name.endsWith('.css')
          ? 'text/css'
          : name.endsWith('.js')
            ? 'text/javascript'
            : 'text/html',
      })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => host.listen(0, '127.0.0.1', r));
const hostUrl = `http://localhost:${host.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const settle = (frame) =>
  frame.waitForFunction(
    () => ['ready', 'fallback', 'error'].includes(document.documentElement.dataset.mapState),
    null,
    { timeout: 60000 },
  );
const only = process.env.ONLY ?? 'loader,fit,tour';
const themes = (process.env.THEMES ?? 'light').split(',');

if (only.includes('loader'))
  for (const w of [375, 640])
    for (const scheme of themes) {
      const ctx = await browser.newContext({
        viewport: { width: w === 375 ? 375 : 800, height: 1000 },
        colorScheme: scheme,
      });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('host pageerror', e.message));
      await page.goto(`${hostUrl}column-${w}.html`);
      const iframe = page.locator('#takedown iframe');
      await page.waitForFunction(() => document.querySelector('#takedown iframe'));
      let frame;
      while (!(frame = page.frames().find((f) => f.url().startsWith(map)))) await page.waitForTimeout(100);
      await settle(frame);
      await page.waitForTimeout(1500);
      const h = async () => Math.round((await iframe.boundingBox()).height);
      const mapH = async () =>
        Math.round(
          await frame.evaluate(() => document.querySelector('#op-map').getBoundingClientRect().height),
        );
      const r = { initial: await h(), map: await mapH() };
      // The article around the embed: from the top of the page to a little below the iframe.
      const clip = async () => {
        const b = await iframe.boundingBox();
        return { x: 0, y: 0, width: w === 375 ? 375 : 800, height: Math.ceil(b.y + b.height + 70) };
      };
      await page.screenshot({ path: `${out}/loader-${w}-${scheme}.png`, clip: await clip(), fullPage: true });
      await frame.locator('#op-participants [data-key="FR"]').click();
      await page.waitForTimeout(1500);
      r.france = await h();
      await page.screenshot({
        path: `${out}/loader-${w}-${scheme}-france.png`,
        clip: await clip(),
        fullPage: true,
      });
      await frame.locator('#op-participants [data-key="GB"]').click();
      await page.waitForTimeout(800);
      r.uk = await h();
      await frame.locator('#op-participants [data-key="GB"]').click();
      await page.waitForTimeout(800);
      r.deselect = await h();
      console.log(
        `loader ${w} ${scheme}`,
        JSON.stringify(r),
        `map share ${((r.map / r.initial) * 100).toFixed(0)}%`,
      );
      await ctx.close();
    }

if (only.includes('fit'))
  for (const [w, hh] of [
    [640, 480],
    [640, 640],
    [375, 600],
    [280, 400],
    [1200, 900],
  ])
    for (const scheme of themes) {
      const ctx = await browser.newContext({ viewport: { width: w, height: hh }, colorScheme: scheme });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('pageerror', e.message));
      await page.goto(`${map}?embed=1&fit=1`);
      await settle(page);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${out}/fit-${w}x${hh}-${scheme}.png` });
      const m = await page.evaluate(() => document.querySelector('#op-map').getBoundingClientRect().height);
      await page.evaluate(() => {
        location.hash = '#country=fr';
      });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${out}/fit-${w}x${hh}-${scheme}-france.png` });
      console.log(`fit ${w}x${hh} ${scheme} map ${Math.round(m)} = ${((m / hh) * 100).toFixed(0)}%`);
      await ctx.close();
    }

if (only.includes('tour')) {
  const ctx = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${map}#step=1`);
  await settle(page);
  for (let i = 1; i <= 8; i++) {
    await page.waitForTimeout(1200);
    const y = await page.evaluate(() => scrollY);
    await page.screenshot({ path: `${out}/tour-390-step${i}.png` });
    console.log(`tour step ${i} scrollY ${y}`);
    if (i < 8) await page.locator('.op-tour__next').click();
  }
  await ctx.close();
}
if (only.includes('misc')) {
  const shot = async (name, url, viewport, act) => {
    const ctx = await browser.newContext({ viewport, hasTouch: true });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(map + url);
    await settle(page);
    if (act) await act(page);
    await page.waitForTimeout(1500);
    // Wait for smooth scrolling to end.
    await page.waitForFunction(
      () =>
        new Promise((r) => {
          let last = scrollY,
            n = 0;
          const t = () => {
            n = scrollY === last ? n + 1 : 0;
            last = scrollY;
            if (n > 20) r(true);
            else requestAnimationFrame(t);
          };
          t();
        }),
    );
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(name, 'scrollY', await page.evaluate(() => scrollY));
    await ctx.close();
  };
  await shot('tablet-768-france', '', { width: 768, height: 1024 }, (p) =>
    p.locator('#op-participants [data-key="FR"]').tap(),
  );
  await shot('table-375', '', { width: 375, height: 800 }, async (p) => {
    await p.getByRole('button', { name: 'Show as a table' }).click();
    await p.locator('#op-table').scrollIntoViewIfNeeded();
  });
  await shot('embed-show-map-640', '?embed=1&show=map&theme=dark#country=be', { width: 640, height: 560 });
  await shot('desktop-dialog', '', { width: 1280, height: 900 }, (p) =>
    p.getByRole('button', { name: 'Embed' }).click(),
  );
  await shot('desktop-1280', '', { width: 1280, height: 800 });
}
await browser.close();
host.close();
server.httpServer.close();
