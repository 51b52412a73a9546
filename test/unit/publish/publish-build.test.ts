// @vitest-environment happy-dom
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test, vi } from 'vitest';
import { notFoundHtml } from '../../../build/not-found-page.ts';
import { precompress } from '../../../build/precompress.ts';
import { publishPlugin } from '../../../build/publish-plugin.ts';
import { publicUrl, RELATIVE_WARNING } from '../../../build/public-url.ts';
import { dataReadme } from '../../../src/data/export/data-readme.ts';
import { embedUrls } from '../../../src/embed/embed-codes.ts';

describe('publishing at build time', () => {
  test('PUBLIC_URL is normalised to an absolute folder URL; a malformed one stops the build', () => {
    expect(publicUrl(undefined)).toBeUndefined();
    expect(publicUrl('  ')).toBeUndefined();
    expect(publicUrl('https://example.org/graphics/takedown')).toBe('https://example.org/graphics/takedown/');
    expect(publicUrl('https://example.org/graphics/takedown/?x=1#y')).toBe(
      'https://example.org/graphics/takedown/',
    );
    expect(() => publicUrl('graphics/takedown/')).toThrow(/absolute URL/);
    expect(() => publicUrl('ftp://example.org/')).toThrow(/http/);
  });

  test('the build warns loudly without PUBLIC_URL, and adds the canonical link with it', () => {
    const run = (url: string | undefined, command: 'build' | 'serve') => {
      const warn = vi.fn();
      const plugin = publishPlugin(url);
      (plugin.configResolved as (c: unknown) => void)({
        root: '/r',
        build: { outDir: 'dist' },
        command,
        logger: { warn, info: vi.fn() },
      });
      (plugin.buildStart as () => void)();
      const html = (plugin.transformIndexHtml as (h: string) => string)('<head></head>');
      return { warn, html };
    };
    const relative = run(undefined, 'build');
    expect(relative.warn).toHaveBeenCalledWith(RELATIVE_WARNING);
    expect(RELATIVE_WARNING).toMatch(/RELATIVE/);
    expect(relative.html).not.toContain('canonical');
    expect(run(undefined, 'serve').warn).not.toHaveBeenCalled();
    const published = run('https://example.org/g/?a=1&b=2', 'build');
    expect(published.warn).not.toHaveBeenCalled();
    expect(published.html).toContain('<link rel="canonical" href="https://example.org/g/?a=1&amp;b=2" />');
  });

  test('the embed codes point at the canonical (public) URL when the page has one, else at the location', () => {
    const loc = { origin: 'http://staging.local:8080', pathname: '/preview/index.html' };
    expect(embedUrls(loc, 'https://example.org/graphics/takedown/')).toEqual({
      page: 'https://example.org/graphics/takedown/',
      dir: 'https://example.org/graphics/takedown/',
    });
    expect(embedUrls(loc, null)).toEqual({
      page: 'http://staging.local:8080/preview/index.html',
      dir: 'http://staging.local:8080/preview/',
    });
  });

  test("the downloads' README says where the map and the files are published", () => {
    expect(dataReadme('https://example.org/graphics/takedown/')).toContain(
      'These files: https://example.org/graphics/takedown/data/',
    );
    expect(dataReadme()).not.toContain('These files:');
  });

  test('the 404 page links the stylesheet and the map, escaped', () => {
    const html = notFoundHtml({
      title: 'A <b> map',
      kicker: 'K',
      cssHref: '/g/assets/index-x.css',
      home: 'https://example.org/g/',
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe('/g/assets/index-x.css');
    expect(doc.querySelector('h1')!.textContent).toBe('Page not found');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://example.org/g/');
    expect(doc.querySelector('a')!.textContent).toBe('A <b> map');
    expect(doc.querySelector('script')).toBeNull();
  });

  test('precompression writes a .br and a .gz that decode to the file, and skips pictures and tiny files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const js = 'export const a = "takedown";\n'.repeat(200);
      writeFileSync(join(dir, 'assets/app-1.js'), js);
      writeFileSync(join(dir, 'share.png'), Buffer.alloc(4000));
      writeFileSync(join(dir, 'tiny.json'), '{}');
      const out = await precompress(dir);
      expect(out.map((f) => f.file)).toEqual([join('assets', 'app-1.js')]);
      expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app-1.js.br'))).toString()).toBe(js);
      expect(gunzipSync(readFileSync(join(dir, 'assets/app-1.js.gz'))).toString()).toBe(js);
      expect(out[0]!.br).toBeLessThan(out[0]!.gz!);
      expect(existsSync(join(dir, 'share.png.gz'))).toBe(false);
      expect(existsSync(join(dir, 'tiny.json.br'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
