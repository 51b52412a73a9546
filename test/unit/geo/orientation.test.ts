/** The one breakpoint (src/geo/orientation.ts) and the inset rule (src/geo/inset-codes.ts). */
import { expect, test } from 'vitest';
import { INSET_CODES, needsInset } from '../../../src/geo/inset-codes.ts';
import { NARROW_PX, orientationFor } from '../../../src/geo/orientation.ts';

test('boxes narrower than 600 px are tall (inset below Europe), from 600 px on wide', () => {
  expect(NARROW_PX).toBe(600);
  expect(orientationFor(320)).toBe('tall');
  expect(orientationFor(599)).toBe('tall');
  expect(orientationFor(600)).toBe('wide');
  expect(orientationFor(1200)).toBe('wide');
});

test('an operation needs the inset when any participant is the US or Canada', () => {
  expect([...INSET_CODES].sort()).toEqual(['CA', 'US']);
  expect(needsInset(['FR', 'US'])).toBe(true);
  expect(needsInset(new Set(['CA']))).toBe(true);
  expect(needsInset(['FR', 'BE'])).toBe(false);
  expect(needsInset([])).toBe(false);
});
