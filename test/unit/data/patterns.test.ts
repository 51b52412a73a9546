import { describe, expect, test } from 'vitest';
import { PATTERN_SIZE, ROLE_PATTERNS, inked, patternImage } from '../../../src/data/patterns.ts';
import { ROLES } from '../../../src/data/types.ts';

const signature = (kind: Parameters<typeof inked>[0]) =>
  Array.from({ length: PATTERN_SIZE * PATTERN_SIZE }, (_, i) =>
    inked(kind, i % PATTERN_SIZE, Math.floor(i / PATTERN_SIZE)) ? 1 : 0,
  ).join('');

describe('role patterns', () => {
  test('every role has a pattern, and the country roles have pairwise different ones', () => {
    // Support appears only in the June 2017 strike, beside the lead alone.
    const countryRoles = ROLES.filter((r) => r !== 'hub' && r !== 'support');
    const sigs = countryRoles.map((r) => signature(ROLE_PATTERNS[r]));
    expect(new Set(sigs).size).toBe(countryRoles.length);
  });
  test('patterned tiles carry ink; the solid one is empty', () => {
    const ink = (k: Parameters<typeof patternImage>[0]) =>
      patternImage(k).data.filter((_, i) => i % 4 === 3 && _ > 0).length;
    expect(ink('solid')).toBe(0);
    for (const k of ['diagonal', 'dots', 'horizontal'] as const) expect(ink(k)).toBeGreaterThan(4);
  });
  test('tiles scale with the pixel ratio', () => {
    const img = patternImage('diagonal', 2);
    expect(img.width).toBe(PATTERN_SIZE * 2);
    expect(img.data.length).toBe(img.width * img.height * 4);
  });
});
