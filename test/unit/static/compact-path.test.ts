import { describe, expect, test } from 'vitest';
import { compactPath } from '../../../src/static/svg-markup.ts';

/** Absolute vertices of a relative path written by compactPath. */
function vertices(d: string): [number, number][] {
  const pts: [number, number][] = [];
  let x = 0,
    y = 0,
    sx = 0,
    sy = 0;
  for (const [, c, args] of d.matchAll(/([MmlzZ])([^MmlzZ]*)/g)) {
    if (c === 'z' || c === 'Z') {
      x = sx;
      y = sy;
      continue;
    }
    const n = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i < n.length; i += 2) {
      if (c === 'M') {
        x = n[i]!;
        y = n[i + 1]!;
      } else {
        x += n[i]!;
        y += n[i + 1]!;
      }
      if (c === 'M' || c === 'm') {
        sx = x;
        sy = y;
      }
      pts.push([x, y]);
    }
  }
  return pts;
}

describe('compactPath()', () => {
  test('keeps every vertex within a quarter pixel', () => {
    const d = 'M404.5,594L416.7,583.6L421.1,570.5L424,569.8ZM328.5,384.4L330.9,385.9L330.4,388.3Z';
    const abs = [...d.matchAll(/(-?\d+\.?\d*),(-?\d+\.?\d*)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const got = vertices(compactPath(d));
    expect(got).toHaveLength(abs.length);
    got.forEach(([x, y], i) => {
      expect(Math.abs(x - abs[i]![0]!)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(y - abs[i]![1]!)).toBeLessThanOrEqual(0.25);
    });
  });
  test('is shorter and drops repeated points', () => {
    const d = 'M10,10L10.1,10L20,10L20,20Z';
    expect(compactPath(d)).toBe('M10 10l10 0 0 10z');
    expect(compactPath(d).length).toBeLessThan(d.length);
  });
  test('leaves paths with other commands alone', () => {
    expect(compactPath('M0,0A5,5,0,1,1,10,10Z')).toBe('M0,0A5,5,0,1,1,10,10Z');
  });
});

describe('compactPath() with a tolerance', () => {
  test('drops points that change the shape by less than the tolerance, keeps corners', () => {
    const d = 'M0,0L5,0.2L10,0L10,10L0,10Z';
    expect(compactPath(d, 0.5)).toBe('M0 0l10 0 0 10-10 0z');
    expect(compactPath(d, 0)).toBe('M0 0l5 0 5 0 0 10-10 0z');
  });
  test('drops rings that collapse below three points', () => {
    expect(compactPath('M0,0L0.2,0L0.2,0.2Z', 1)).toBe('');
  });
});
