import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_SHORT, SECURITY_HEADERS, cspHeader } from '../../../build/csp.ts';
import { pagePath } from '../../../src/data/pages.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { LANGS } from '../../../src/i18n/langs.ts';

const read = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../deploy', f), 'utf8');

/** nginx blocks by their heading (e.g. "location /x/"), each with its directives in order. */
function nginxBlocks(conf: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const stack: string[] = [];
  const text = conf.replace(/^\s*#.*$/gm, '');
  for (const m of text.matchAll(/((?:"[^"]*"|[^{};"])*)([{};])/g)) {
    const head = m[1]!.trim().replace(/\s+/g, ' ');
    if (m[2] === '{') {
      stack.push(head);
      blocks.set(head, []);
    } else if (m[2] === '}') stack.pop();
    else if (head) blocks.get(stack.at(-1) ?? '')?.push(head);
  }
  return blocks;
}

const headersOf = (directives: string[]) =>
  Object.fromEntries(
    directives
      .map((d) => /^add_header (\S+) "(.*)" always$/.exec(d))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );

/** Netlify / Cloudflare Pages _headers: path → header → values. */
function parseHeadersFile(text: string): Map<string, Map<string, string[]>> {
  const rules = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
    current!.set(name!, [...(current!.get(name!) ?? []), value!]);
  }
  return rules;
}

describe('deploy recipes match build/csp.ts', () => {
  test('nginx: every block that sets headers sets all of them, with the CSP of build/csp.ts', () => {
    const blocks = nginxBlocks(read('nginx.conf'));
    const app = blocks.get('location /graphics/2018/takedown/')!;
    const assets = blocks.get('location /graphics/2018/takedown/assets/')!;
    expect(app).toBeDefined();
    expect(assets).toBeDefined();
    for (const block of [app, assets]) {
      const h = headersOf(block);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(h[name], name).toBe(value);
      expect(block).toContain('gzip_static on');
    }
    expect(headersOf(app)['Content-Security-Policy']).toBe(cspHeader());
    expect(headersOf(app)['Cache-Control']).toBe(CACHE_SHORT);
    expect(headersOf(assets)['Cache-Control']).toBe(CACHE_IMMUTABLE);
    expect(app).toContain('error_page 403 404 /graphics/2018/takedown/404.html');
  });

  test('nginx: .mjs is served as JavaScript, the brotli switch is there to uncomment', () => {
    const conf = read('nginx.conf');
    expect(nginxBlocks(conf).get('types')).toContain('text/javascript js mjs');
    expect(conf.match(/^\s*# brotli_static on;$/gm)?.length).toBe(2);
  });

  test('_headers: security headers on every path, one cache policy per file', () => {
    const rules = parseHeadersFile(read('_headers'));
    const all = rules.get('/*')!;
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(all.get(name), name).toEqual([value]);
    expect(all.has('Cache-Control')).toBe(false);
    expect(rules.get('/assets/*')!.get('Cache-Control')).toEqual([CACHE_IMMUTABLE]);
    for (const path of [
      '/',
      '/index.html',
      '/embed.js',
      '/operations.json',
      '/data/*',
      '/share.png',
      '/404.html',
    ]) {
      expect(rules.get(path)?.get('Cache-Control'), path).toEqual([CACHE_SHORT]);
    }
  });

  test('_headers: every page folder (language, operation) has the short cache policy', () => {
    const rules = parseHeadersFile(read('_headers'));
    // A page lives at <lang>/<operation>/; its first folder is what a rule must name.
    const folders = new Set(
      LANGS.flatMap((lang) =>
        OPERATIONS.map((op) => `${lang === 'en' ? '' : `${lang}/`}${pagePath(op.slug)}`.split('/')[0]!),
      ).filter((f) => f !== ''),
    );
    expect(folders.size).toBe(LANGS.length - 1 + OPERATIONS.length - 1);
    for (const folder of folders)
      expect(rules.get(`/${folder}/*`)?.get('Cache-Control'), folder).toEqual([CACHE_SHORT]);
  });

  test('the S3/CloudFront note invalidates every page folder, not only the root', () => {
    expect(read('s3-cloudfront.md')).toContain("--paths '/graphics/2018/takedown/*'");
  });

  test('the S3/CloudFront note gives the same policy and cache values', () => {
    const note = read('s3-cloudfront.md');
    expect(note).toContain(cspHeader());
    for (const v of [CACHE_SHORT, CACHE_IMMUTABLE, 'nosniff', SECURITY_HEADERS['Referrer-Policy']!])
      expect(note).toContain(v);
  });

  test('frame-ancestors is open by default and narrowable', () => {
    expect(cspHeader()).toMatch(/; frame-ancestors \*$/);
    expect(cspHeader("'self' https://*.newsroom.example")).toMatch(
      /; frame-ancestors 'self' https:\/\/\*\.newsroom\.example$/,
    );
  });
});
