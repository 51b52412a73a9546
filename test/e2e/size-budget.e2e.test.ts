/**
 * Size budget (issue 7): gzip bytes of what the page needs before its first
 * picture, and of everything in dist/. Runs after `vite build`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
/** index.html plus the CSS and JS it references: what the first picture waits for. */
export const BUDGET_FIRST_PICTURE = 60 * 1024;
/** Everything the build ships, share images and data downloads included (the page itself loads less). */
export const BUDGET_DIST = 960 * 1024;

const ALREADY_COMPRESSED = new Set(['.png', '.woff2', '.jpg', '.webp']);
const gz = (file: string) => {
  const buf = readFileSync(file);
  return ALREADY_COMPRESSED.has(extname(file)) ? buf.length : gzipSync(buf, { level: 9 }).length;
};
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Files index.html makes the browser fetch before first paint: stylesheets, the entry module, its preloads. */
export function criticalFiles(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1]!);
  const hrefFirst = [...html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)].map((m) => m[1]!);
  return [...new Set([...refs, ...hrefFirst])].filter((r) => !/^https?:/.test(r)).map((r) => join(DIST, r.replace(/^\.?\//, '')));
}

describe.skipIf(!existsSync(join(DIST, 'index.html')))('size budget of dist/', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');

  test('index.html references its entry script and stylesheet', () => {
    const files = criticalFiles(html);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    for (const f of files) expect(existsSync(f), f).toBe(true);
  });

  test(`what loads before the first picture stays under ${BUDGET_FIRST_PICTURE / 1024} KB gzip`, () => {
    const files = [join(DIST, 'index.html'), ...criticalFiles(html)];
    const total = files.reduce((s, f) => s + gz(f), 0);
    console.info(`first picture: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET_FIRST_PICTURE);
  });

  test('MapLibre is not on the critical path', () => {
    const scripts = criticalFiles(html).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(readFileSync(f, 'utf8')).not.toMatch(/WebGL2 is required|maplibre-gl-worker/);
  });

  test(`the whole of dist/ stays under ${BUDGET_DIST / 1024} KB gzip`, () => {
    // The build's own .br/.gz copies are the same files again, precompressed (publishing, issue 18).
    const total = walk(DIST).filter((f) => !/\.(br|gz)$/.test(f)).reduce((s, f) => s + gz(f), 0);
    console.info(`dist: ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET_DIST);
  });
});
