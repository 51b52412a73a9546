import { OPERATIONS } from '../../../src/data/registry.ts';
import { describe, expect, test } from 'vitest';
import { PATTERN_SIZE, ROLE_PATTERNS, inked, patternImage } from '../../../src/data/patterns.ts';
import { ROLES } from '../../../src/data/types.ts';

const signature = (kind: Parameters<typeof inked>[0]) =>
  Array.from({ length: PATTERN_SIZE * PATTERN_SIZE }, (_, i) =>
    inked(kind, i % PATTERN_SIZE, Math.floor(i / PATTERN_SIZE)) ? 1 : 0,
  ).join('');

describe('role patterns', () => {
  test('every role has a pattern, and the country roles each operation shows together have pairwise different ones', () => {
    for (const r of ROLES) expect(ROLE_PATTERNS[r], r).toBeDefined();
    for (const op of OPERATIONS) {
      const countryRoles = op.roles.map((r) => r.role).filter((r) => r !== 'hub');
      const sigs = countryRoles.map((r) => signature(ROLE_PATTERNS[r]));
      expect(new Set(sigs).size, op.slug).toBe(countryRoles.length);
    }
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
