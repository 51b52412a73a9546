import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const SRC = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');

describe('public/embed.js, the host loader', () => {
  test('stays under 1.5 KB gzip', () => {
    expect(gzipSync(SRC, { level: 9 }).length).toBeLessThan(1536);
  });
  test('parses no HTML, evaluates nothing, never touches window.top', () => {
    expect(SRC).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|\.top\b/,
    );
  });
  test('posts host commands to the iframe origin only, never to "*"', () => {
    expect(SRC).toMatch(/postMessage\(msg, f\.origin\)/);
    expect(SRC).not.toMatch(/postMessage\([^)]*'\*'/);
  });
});
