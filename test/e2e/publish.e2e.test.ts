/**
 * Publishing behind a real server: a build made with PUBLIC_URL pointing at
 * a loopback nginx running deploy/nginx.conf, the map under a sub-path. The
 * share card as a crawler sees it (no JavaScript), the app in Chromium, the
 * headers and cache policies, the precompressed files and the 404 page.
 * Skips loudly without nginx, except under CI, where it fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_SHORT, SECURITY_HEADERS } from '../../build/csp.ts';
import { MIN_BYTES } from '../../build/precompress.ts';
import { freePort, HAS_NGINX, NGINX, startNginx, SUB_PATH, type Nginx } from '../fixtures/nginx.mjs';
import { expectClean, HAS_CHROMIUM, launch, openPage, waitForMapState } from './harness.ts';

if (!HAS_NGINX) {
  const msg = `\n!!! PUBLISHING E2E SKIPPED: no nginx at ${NGINX}. Install Debian's nginx (.ci/run does) or set NGINX_PATH.\n`;
  if (process.env.CI) throw new Error(msg);
  console.warn(msg);
}

const ROOT = resolve(import.meta.dirname, '../..');

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET (no decoding, no default Accept-Encoding), as a crawler or a CDN sees the reply. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    request(url, { headers: { 'User-Agent': 'facebookexternalhit/1.1', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

const expectSecurityHeaders = (r: Reply, what: string) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(r.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
};

describe.skipIf(!HAS_NGINX)('published behind nginx (deploy/nginx.conf) under a sub-path', () => {
  let tmp: string;
  let dist: string;
  let nginx: Nginx;
  let publicUrl: string;
  let html: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'takedown-publish-'));
    dist = join(tmp, 'dist');
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}${SUB_PATH}`;
    await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        dist,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, PUBLIC_URL: publicUrl },
        maxBuffer: 1 << 24,
      },
    );
    nginx = await startNginx({ dist, port });
    html = (await get(publicUrl)).body.toString();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('a crawler (no JavaScript) finds absolute share tags and a 1200 × 630 card under 300 KB', async () => {
    expect(meta(html, 'og:url')).toBe(publicUrl);
    expect(html).toContain(`<link rel="canonical" href="${publicUrl}" />`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:alt')).toMatch(/\w{10}/);
    const image = meta(html, 'og:image')!;
    expect(meta(html, 'twitter:image')).toBe(image);
    const abs = new URL(image); // resolved against nothing: throws if relative
    expect(abs.protocol).toBe('http:');
    const r = await get(abs.href);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(r.body);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
    expect(r.body.length).toBeLessThan(300 * 1024);
  });

  test('the downloads README names where the files are published', async () => {
    const r = await get(`${publicUrl}data/README.txt`);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain(`These files: ${publicUrl}data/`);
  });

  test('headers: strict CSP, nosniff, Referrer-Policy everywhere; assets immutable, the rest revalidated', async () => {
    const asset =
      /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1] ?? /src="(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const worker = readdirAssets(dist).find((f) => f.endsWith('.mjs'))!;
    const cases: [string, string, string][] = [
      ['', CACHE_SHORT, 'text/html'],
      ['index.html', CACHE_SHORT, 'text/html'],
      ['embed.js', CACHE_SHORT, 'text/javascript'],
      // A page in a language's folder and an operation's page in it, with the loader beside each.
      ['fr/', CACHE_SHORT, 'text/html'],
      ['fr/2018-10-telegram/', CACHE_SHORT, 'text/html'],
      ['fr/2018-10-telegram/embed.js', CACHE_SHORT, 'text/javascript'],
      ['data/operation.json', CACHE_SHORT, 'application/json'],
      ['data/takedown.geojson', CACHE_SHORT, 'application/geo+json'],
      ['data/participants.csv', CACHE_SHORT, 'text/csv'],
      ['share.png', CACHE_SHORT, 'image/png'],
      [asset, CACHE_IMMUTABLE, 'text/javascript'],
      [`assets/${worker}`, CACHE_IMMUTABLE, 'text/javascript'],
    ];
    for (const [path, cache, type] of cases) {
      const r = await get(publicUrl + path);
      expect(r.status, path).toBe(200);
      expectSecurityHeaders(r, path);
      expect(r.headers['cache-control'], path).toBe(cache);
      expect(r.headers['content-type']?.split(';')[0], path).toBe(type);
      if (cache === CACHE_SHORT) {
        const etag = r.headers.etag;
        expect(etag, path).toBeTruthy();
        expect((await get(publicUrl + path, { 'If-None-Match': etag! })).status, `${path} revalidated`).toBe(
          304,
        );
      }
    }
    const redirect = await get(publicUrl.replace(/\/$/, ''));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(SUB_PATH);
  });

  test('precompressed files are sent as they are on disk, brotli or gzip as the client accepts', async () => {
    for (const path of [
      'index.html',
      'embed.js',
      'data/operation.json',
      ...readdirAssets(dist)
        .filter((f) => /\.(js|mjs|css|json)$/.test(f))
        // Files under MIN_BYTES are not worth compressing (build/precompress.ts): the default operation's
        // chunk is a re-export of the app's (it is also imported statically).
        .filter((f) => statSync(join(dist, 'assets', f)).size >= MIN_BYTES)
        .map((f) => `assets/${f}`),
    ]) {
      const file = join(dist, path);
      const gz = await get(publicUrl + path, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers.vary, path).toMatch(/Accept-Encoding/);
      expect(gz.body.equals(readFileSync(`${file}.gz`)), `${path}.gz served as is`).toBe(true);
      const br = await get(publicUrl + path, { 'Accept-Encoding': 'gzip, deflate, br' });
      if (nginx.brotli) {
        expect(br.headers['content-encoding'], path).toBe('br');
        expect(br.body.equals(readFileSync(`${file}.br`)), `${path}.br served as is`).toBe(true);
      } else expect(br.headers['content-encoding'], path).toBe('gzip');
      const plain = await get(publicUrl + path, { 'Accept-Encoding': 'identity' });
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.length, path).toBe(statSync(file).size);
    }
    if (!nginx.brotli)
      console.warn('publishing E2E: no brotli_static module; checked the gzip fallback only');
  });

  test("an unknown path gets the app's own 404 page, with the same headers", async () => {
    const r = await get(`${publicUrl}no-such-page`);
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(r, '404');
    expect(r.body.toString()).toMatch(/<h1 class="op-title">Page not found<\/h1>/);
    expect(r.body.toString()).toContain(`href="${publicUrl}"`);
  });

  describe.skipIf(!HAS_CHROMIUM)('in Chromium', () => {
    beforeAll(async () => {
      browser = await launch();
    });

    test('the app reaches ready under the server’s CSP: no violation, no foreign request, no error', async () => {
      const w = await openPage(browser!, publicUrl);
      const response = await w.page.goto(publicUrl);
      expect(response!.headers()['content-security-policy']).toBe(
        SECURITY_HEADERS['Content-Security-Policy'],
      );
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      expect(w.requests.some((u) => u.endsWith('.mjs'))).toBe(true);
      await expectClean(w);
    });

    test('viewed from another address (a staging copy), the embed codes still point at the public URL', async () => {
      const staging = await launch({ args: ['--host-resolver-rules=MAP staging.test 127.0.0.1'] });
      try {
        const url = publicUrl.replace('127.0.0.1', 'staging.test');
        const w = await openPage(staging, url);
        await w.page.goto(url);
        await w.page.getByRole('button', { name: 'Embed' }).click();
        // The dialog is its own chunk, built on the first press.
        const dialog = w.page.getByRole('dialog', { name: 'Embed this map' });
        await expect.poll(() => dialog.isVisible()).toBe(true);
        const codes = await dialog
          .locator('textarea')
          .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
        expect(codes[0]).toContain(`src="${publicUrl}?embed=1&amp;fit=1"`);
        expect(codes[1]).toContain(`<script src="${publicUrl}embed.js" async></script>`);
        expect(codes.join('\n')).not.toContain('staging.test');
        await expectClean(w);
      } finally {
        await staging.close();
      }
    });

    test('the 404 page is styled by the app’s stylesheet and links back to the map, cleanly', async () => {
      // The page itself answers 404 on purpose: Chromium logs that one failed load.
      const w = await openPage(
        browser!,
        publicUrl,
        {},
        { expectConsole: [/Failed to load resource: the server responded with a status of 404/] },
      );
      const response = await w.page.goto(`${publicUrl}deep/no/such/page`);
      expect(response!.status()).toBe(404);
      expect(await w.page.locator('h1').textContent()).toBe('Page not found');
      expect(await w.page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0))).toBe(
        true,
      );
      await w.page.locator('a').click();
      await w.page.waitForURL(publicUrl);
      await expectClean(w);
    });
  });
});

function readdirAssets(dist: string): string[] {
  return readdirSyncSafe(join(dist, 'assets')).filter((f) => !/\.(br|gz)$/.test(f));
}
function readdirSyncSafe(dir: string): string[] {
  return statSync(dir).isDirectory() ? readdirSync(dir) : [];
}
