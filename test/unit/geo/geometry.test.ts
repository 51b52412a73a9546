import { describe, expect, test } from 'vitest';
import { unwrapRing } from '../../../src/geo/antimeridian.ts';
import { clipLine, clipRing } from '../../../src/geo/clip.ts';
import { greatCircle } from '../../../src/geo/great-circle.ts';
import { project, unproject, type LngLat } from '../../../src/geo/mercator.ts';

describe('unwrapRing()', () => {
  test('keeps consecutive longitudes within 180° across the antimeridian', () => {
    const ring: LngLat[] = [
      [170, 60],
      [179, 61],
      [-179, 62],
      [-170, 60],
      [170, 60],
    ];
    const out = unwrapRing(ring);
    for (let i = 1; i < out.length; i++) expect(Math.abs(out[i]![0] - out[i - 1]![0])).toBeLessThan(180);
    expect(out[2]![0]).toBe(181);
  });
  test('leaves ordinary rings untouched', () => {
    const ring: LngLat[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
  test('closes a ring that circles the pole along the pole', () => {
    const ring: LngLat[] = [
      [-180, -80],
      [-90, -78],
      [0, -79],
      [90, -78],
      [180, -80],
    ];
    const out = unwrapRing(ring);
    expect(out.at(-1)).toEqual(ring[0]);
    expect(out.some(([, lat]) => lat === -90)).toBe(true);
  });
});

describe('clipRing() and clipLine()', () => {
  const box = [0, 0, 10, 10] as const;
  test('a ring inside the box is unchanged (closed)', () => {
    const ring: LngLat[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });
  test('a ring crossing the box is cut to it', () => {
    const out = clipRing(
      [
        [-5, 5],
        [5, 5],
        [5, 15],
        [-5, 15],
        [-5, 5],
      ],
      box,
    );
    for (const [x, y] of out) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(out.at(0)).toEqual(out.at(-1));
  });
  test('a ring outside the box vanishes', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });
  test('a line leaving and re-entering the box becomes two pieces', () => {
    const pieces = clipLine(
      [
        [1, 1],
        [15, 1],
        [15, 5],
        [5, 5],
      ],
      box,
    );
    expect(pieces).toEqual([
      [
        [1, 1],
        [10, 1],
      ],
      [
        [10, 5],
        [5, 5],
      ],
    ]);
  });
});

describe('greatCircle() and Mercator', () => {
  test('runs from a to b', () => {
    const path = greatCircle([4.28, 52.09], [-75.7, 45.4], 16);
    expect(path).toHaveLength(17);
    expect(path[0]![0]).toBeCloseTo(4.28, 6);
    expect(path.at(-1)![1]).toBeCloseTo(45.4, 6);
  });
  test('bows towards the pole between two mid-latitude points', () => {
    const path = greatCircle([4.28, 52.09], [-75.7, 45.4], 16);
    expect(Math.max(...path.map(([, lat]) => lat))).toBeGreaterThan(53);
  });
  test('project and unproject are inverse', () => {
    const [lng, lat] = unproject(project([13.4, 52.5]));
    expect(lng).toBeCloseTo(13.4, 9);
    expect(lat).toBeCloseTo(52.5, 9);
  });
});
