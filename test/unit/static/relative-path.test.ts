import { geoIdentity, geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { describe, expect, test } from 'vitest';
import { RelativePath } from '../../../src/static/relative-path.ts';
import { pathVertices } from '../../fixtures/svg-path.ts';

const draw = (g: Geometry): string => {
  const out = new RelativePath();
  geoPath(geoIdentity(), out)(g);
  return out.toString();
};
const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('RelativePath (a geoPath context)', () => {
  test('writes rings as relative commands on a half-pixel grid, every vertex within a quarter pixel', () => {
    const ring = [
      [404.5, 594],
      [416.7, 583.6],
      [421.1, 570.5],
      [424, 569.8],
      [404.5, 594],
    ];
    const d = draw({ type: 'Polygon', coordinates: [ring] });
    expect(d).toBe('M404.5 594l12-10.5 4.5-13 3-.5z');
    const got = pathVertices(d);
    expect(got).toHaveLength(4);
    got.forEach(([x, y], i) => {
      expect(Math.abs(x - ring[i]![0]!)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(y - ring[i]![1]!)).toBeLessThanOrEqual(0.25);
    });
  });

  test('moves relative to where the last ring closed, so later rings land where they belong', () => {
    const d = draw({
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 10)], [square(40, 20, 5)]],
    });
    expect(d).toBe('M10 10l10 0 0 10-10 0zm30 10l5 0 0 5-5 0z');
    expect(pathVertices(d)[4]).toEqual([40, 20]);
  });

  test('continues open lines from their last point', () => {
    const d = draw({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [20, 5],
          [30, 5],
        ],
      ],
    });
    expect(d).toBe('M0 0l10 0m10 5l10 0');
    expect(pathVertices(d)).toEqual([
      [0, 0],
      [10, 0],
      [20, 5],
      [30, 5],
    ]);
  });

  test('drops points repeated on the grid, and rings and lines that collapse', () => {
    expect(
      draw({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [10.1, 0],
          [10, 0],
          [20, 0],
        ],
      }),
    ).toBe('M0 0l10 0 10 0');
    expect(draw({ type: 'Polygon', coordinates: [square(0, 0, 0.2)] })).toBe('');
    expect(
      draw({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0.1, 0.1],
        ],
      }),
    ).toBe('');
    // A collapsed ring leaves the pen where it was: the next ring still lands right.
    const d = draw({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 4)], [square(9, 9, 0.1)], [square(20, 0, 4)]],
    });
    expect(pathVertices(d).slice(4)[0]).toEqual([20, 0]);
  });

  test('writes nothing for an empty drawing and refuses points (the hub is a circle element)', () => {
    expect(new RelativePath().toString()).toBe('');
    expect(() => draw({ type: 'Point', coordinates: [1, 1] })).toThrow();
  });
});
