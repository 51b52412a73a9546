/**
 * Exact results of the geometry helpers at their edges (each clip side, both
 * directions across the antimeridian, both poles, degenerate input): written
 * to kill the mutants `npm run mutate` leaves alive in src/geo.
 */
import { describe, expect, test } from 'vitest';
import { unwrapRing } from '../../../src/geo/antimeridian.ts';
import { clipLine, clipRing } from '../../../src/geo/clip.ts';
import { greatCircle } from '../../../src/geo/great-circle.ts';
import {
  bboxesMeet,
  bboxOf,
  padBBox,
  project,
  unionBBox,
  unproject,
  type BBox,
  type LngLat,
} from '../../../src/geo/mercator.ts';
import { largestPolygon, polygonsOf, ringArea, round, toGeometry } from '../../../src/geo/polygons.ts';

const BOX: BBox = [0, 0, 10, 10];

describe('unwrapRing() exactly', () => {
  test('an empty ring stays empty', () => expect(unwrapRing([])).toEqual([]));
  test('eastward and westward crossings shift by 360° the right way', () => {
    expect(
      unwrapRing([
        [170, 0],
        [-170, 0],
        [-160, 1],
        [170, 0],
      ]),
    ).toEqual(
      [
        [170, 0],
        [190, 0],
        [200, 1],
        [530, 0],
        [530, 90],
        [170, 90],
        [170, 0],
      ]
        .slice(0, 3)
        .concat([[170, 0]]),
    );
    expect(
      unwrapRing([
        [-170, 0],
        [170, 0],
        [160, 1],
        [-170, 0],
      ]),
    ).toEqual([
      [-170, 0],
      [-190, 0],
      [-200, 1],
      [-170, 0],
    ]);
  });
  test('a ring circling the north pole is closed along +90°, the south pole along −90°', () => {
    const north = unwrapRing([
      [-180, 80],
      [0, 82],
      [180, 80],
    ]);
    expect(north.slice(-3)).toEqual([
      [180, 90],
      [-180, 90],
      [-180, 80],
    ]);
    const south = unwrapRing([
      [-180, -80],
      [0, -82],
      [180, -80],
    ]);
    expect(south.slice(-3)).toEqual([
      [180, -90],
      [-180, -90],
      [-180, -80],
    ]);
    expect(
      unwrapRing([
        [0, 0],
        [90, 0],
        [180, 0],
      ]),
    ).toHaveLength(3);
  });
});

describe('clipRing() exactly', () => {
  const square = (w: number, s: number, e: number, n: number): LngLat[] => [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  /** The distinct vertices of a closed ring, sorted; and that it is closed. */
  const corners = (r: LngLat[]) => {
    expect(r.at(0)).toEqual(r.at(-1));
    return [...new Set(r.map((p) => p.join(',')))].sort();
  };
  test('cuts at each side of the box', () => {
    expect(corners(clipRing(square(-5, 2, 5, 4), BOX))).toEqual(['0,2', '0,4', '5,2', '5,4']);
    expect(corners(clipRing(square(5, 2, 15, 4), BOX))).toEqual(['10,2', '10,4', '5,2', '5,4']);
    expect(corners(clipRing(square(2, -5, 4, 5), BOX))).toEqual(['2,0', '2,5', '4,0', '4,5']);
    expect(corners(clipRing(square(2, 5, 4, 15), BOX))).toEqual(['2,10', '2,5', '4,10', '4,5']);
  });
  test('a ring around the box comes out as the box; a ring on its edges is kept', () => {
    expect(corners(clipRing(square(-1, -1, 11, 11), BOX))).toEqual(['0,0', '0,10', '10,0', '10,10']);
    expect(corners(clipRing(square(0, 0, 10, 10), BOX))).toEqual(['0,0', '0,10', '10,0', '10,10']);
  });
  test('a ring beside the box vanishes', () => {
    expect(clipRing(square(-5, -5, -1, -1), BOX)).toEqual([]);
    expect(clipRing(square(2, 11, 4, 12), BOX)).toEqual([]);
  });
});

describe('clipLine() exactly', () => {
  test('enters from each side and ends inside', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [5, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 5],
      ],
    ]);
    expect(
      clipLine(
        [
          [15, 5],
          [5, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [10, 5],
        [5, 5],
      ],
    ]);
    expect(
      clipLine(
        [
          [5, -5],
          [5, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [5, 0],
        [5, 5],
      ],
    ]);
    expect(
      clipLine(
        [
          [5, 15],
          [5, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [5, 10],
        [5, 5],
      ],
    ]);
  });
  test('crosses the whole box, misses it, runs parallel outside it', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
    expect(
      clipLine(
        [
          [-5, 20],
          [15, 20],
        ],
        BOX,
      ),
    ).toEqual([]);
    expect(
      clipLine(
        [
          [-5, -1],
          [15, -1],
        ],
        BOX,
      ),
    ).toEqual([]);
    expect(
      clipLine(
        [
          [11, -5],
          [11, 15],
        ],
        BOX,
      ),
    ).toEqual([]);
    expect(
      clipLine(
        [
          [-5, 12],
          [12, -5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [0, 7],
        [7, 0],
      ],
    ]);
    expect(
      clipLine(
        [
          [-5, 30],
          [30, -5],
        ],
        BOX,
      ),
    ).toEqual([]);
  });
  test('a polyline inside stays one piece; a single point is no line', () => {
    expect(
      clipLine(
        [
          [1, 1],
          [2, 2],
          [3, 1],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 1],
      ],
    ]);
    expect(clipLine([[1, 1]], BOX)).toEqual([]);
  });
});

describe('greatCircle() exactly', () => {
  test('the same point twice is just the two points; the default is 32 steps', () => {
    expect(greatCircle([4, 52], [4, 52])).toEqual([
      [4, 52],
      [4, 52],
    ]);
    expect(greatCircle([0, 0], [90, 0])).toHaveLength(33);
  });
  test('along the equator the midpoint is halfway; to the pole it passes 45°', () => {
    const eq = greatCircle([0, 0], [90, 0], 2);
    expect(eq[1]![0]).toBeCloseTo(45, 9);
    expect(eq[1]![1]).toBeCloseTo(0, 9);
    const pole = greatCircle([0, 0], [0, 90], 2);
    expect(pole[1]![1]).toBeCloseTo(45, 9);
    expect(pole[2]![1]).toBeCloseTo(90, 9);
  });
});

describe('Mercator helpers exactly', () => {
  test('project: the origin is the centre, latitudes clamp at ±85.051129°', () => {
    expect(project([0, 0])).toEqual([0.5, 0.5]);
    expect(project([-180, 0])[0]).toBe(0);
    expect(project([180, 0])[0]).toBe(1);
    expect(project([0, 89])[1]).toBeCloseTo(project([0, 85.051129])[1], 12);
    expect(project([0, 89])[1]).toBeCloseTo(0, 6);
    expect(project([0, -89])[1]).toBeCloseTo(1, 6);
    expect(unproject([0.5, 0.5])).toEqual([0, 0]);
  });
  test('bboxOf, unionBBox and padBBox', () => {
    expect(
      bboxOf([
        [3, -1],
        [-2, 4],
        [1, 2],
      ]),
    ).toEqual([-2, -1, 3, 4]);
    expect(unionBBox([0, 0, 1, 1], [-1, 0.5, 0.5, 2])).toEqual([-1, 0, 1, 2]);
    const same = padBBox([0, 0, 10, 10], 0);
    same.forEach((v, i) => expect(v).toBeCloseTo([0, 0, 10, 10][i]!, 9));
    const grown = padBBox([0, 0, 10, 10], 0.5);
    expect(grown[0]).toBeCloseTo(-5, 9);
    expect(grown[2]).toBeCloseTo(15, 9);
    expect(grown[1]).toBeLessThan(-4.9);
    expect(grown[3]).toBeGreaterThan(14.9);
  });
});

describe('polygon helpers exactly', () => {
  test('ringArea is the unsigned Mercator area', () => {
    const [x0, y0] = project([0, 0]),
      [x1, y1] = project([10, 10]);
    const want = Math.abs((x1 - x0) * (y1 - y0));
    expect(
      ringArea([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ]),
    ).toBeCloseTo(want, 12);
    expect(
      ringArea([
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
        [0, 0],
      ]),
    ).toBeCloseTo(want, 12);
  });
  test('largestPolygon picks by outer ring area and tolerates empty polygons', () => {
    const small: LngLat[][] = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ];
    const big: LngLat[][] = [
      [
        [0, 0],
        [5, 0],
        [5, 5],
        [0, 0],
      ],
    ];
    expect(largestPolygon([small, big, small])).toBe(big);
    expect(largestPolygon([[], small])).toBe(small);
    expect(largestPolygon([])).toEqual([]);
  });
  test('polygonsOf reads Polygon and MultiPolygon; toGeometry rounds to five decimals', () => {
    expect(
      polygonsOf({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual([
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ]);
    expect(
      polygonsOf({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [2, 2],
              [3, 2],
              [3, 3],
              [2, 2],
            ],
          ],
        ],
      }),
    ).toHaveLength(2);
    expect(round(1.234564)).toBe(1.23456);
    expect(round(-1.234566)).toBe(-1.23457);
    expect(
      toGeometry([
        [
          [
            [1.234567, 2.345678],
            [0, 0],
          ],
        ],
      ]),
    ).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1.23457, 2.34568],
            [0, 0],
          ],
        ],
      ],
    });
  });
});

describe('bboxesMeet() exactly', () => {
  test('overlapping boxes meet, either way round', () => {
    expect(bboxesMeet(BOX, [9, 9, 20, 20])).toBe(true);
    expect(bboxesMeet([9, 9, 20, 20], BOX)).toBe(true);
    expect(bboxesMeet(BOX, [2, 2, 3, 3])).toBe(true);
  });
  test('boxes that only touch along an edge do not meet, on any side', () => {
    expect(bboxesMeet(BOX, [10, 0, 20, 10])).toBe(false);
    expect(bboxesMeet(BOX, [-10, 0, 0, 10])).toBe(false);
    expect(bboxesMeet(BOX, [0, 10, 10, 20])).toBe(false);
    expect(bboxesMeet(BOX, [0, -10, 10, 0])).toBe(false);
  });
  test('boxes apart on one axis only do not meet', () => {
    expect(bboxesMeet(BOX, [11, 2, 12, 3])).toBe(false);
    expect(bboxesMeet(BOX, [2, 11, 3, 12])).toBe(false);
    expect(bboxesMeet(BOX, [-5, 2, -1, 3])).toBe(false);
    expect(bboxesMeet(BOX, [2, -5, 3, -1])).toBe(false);
  });
});
