/** The pixel-box geometry of label placement (src/geo/pixel-boxes.ts), case by case, edges included. */
import { describe, expect, test } from 'vitest';
import {
  boxAt,
  boxCorners,
  boxesOverlap,
  boxMeetsRing,
  grownBox,
  inside,
  nearestOnBox,
  type Px,
} from '../../../src/geo/pixel-boxes.ts';

/** A square from (0,0) to (10,10), and a triangle with a slanted edge. */
const SQUARE: Px[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const TRIANGLE: Px[] = [
  [0, 0],
  [10, 0],
  [0, 10],
  [0, 0],
];

describe('boxes', () => {
  test('overlap: sharing an edge or a corner is not overlapping, in either direction', () => {
    expect(boxesOverlap([0, 0, 10, 10], [5, 5, 15, 15])).toBe(true);
    expect(boxesOverlap([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(boxesOverlap([10, 0, 20, 10], [0, 0, 10, 10])).toBe(false);
    expect(boxesOverlap([0, 0, 10, 10], [0, 10, 10, 20])).toBe(false);
    expect(boxesOverlap([0, 10, 10, 20], [0, 0, 10, 10])).toBe(false);
    expect(boxesOverlap([0, 0, 10, 10], [2, 2, 3, 3])).toBe(true);
  });
  test('grown on every side; corners clockwise from the top left; the box at a point; the nearest point on it', () => {
    expect(grownBox([1, 2, 3, 4], 2)).toEqual([-1, 0, 5, 6]);
    expect(boxCorners([1, 2, 3, 4])).toEqual([
      [1, 2],
      [3, 2],
      [3, 4],
      [1, 4],
    ]);
    expect(boxAt([10, 20], [4, 6])).toEqual([8, 17, 12, 23]);
    expect(nearestOnBox([0, 0], [2, 3, 4, 5])).toEqual([2, 3]);
    expect(nearestOnBox([9, 9], [2, 3, 4, 5])).toEqual([4, 5]);
    expect(nearestOnBox([3, 4], [2, 3, 4, 5])).toEqual([3, 4]);
  });
});

describe('inside()', () => {
  test('points in, out, and beside a slanted edge', () => {
    expect(inside([5, 5], SQUARE)).toBe(true);
    expect(inside([15, 5], SQUARE)).toBe(false);
    expect(inside([-1, 5], SQUARE)).toBe(false);
    expect(inside([5, -1], SQUARE)).toBe(false);
    expect(inside([5, 11], SQUARE)).toBe(false);
    expect(inside([2, 2], TRIANGLE)).toBe(true);
    expect(inside([4.9, 4.9], TRIANGLE)).toBe(true);
    expect(inside([5.1, 5.1], TRIANGLE)).toBe(false);
    expect(inside([8, 1], TRIANGLE)).toBe(true);
    expect(inside([8, 3], TRIANGLE)).toBe(false);
  });
  test('on the level of a vertex: counted once', () => {
    // A diamond: the ray from a point level with its tips passes through the right tip.
    const diamond: Px[] = [
      [5, 0],
      [10, 5],
      [5, 10],
      [0, 5],
      [5, 0],
    ];
    expect(inside([5, 5], diamond)).toBe(true);
    expect(inside([2, 5], diamond)).toBe(true);
    expect(inside([11, 5], diamond)).toBe(false);
    expect(inside([1, 1], diamond)).toBe(false);
  });
});

describe('boxMeetsRing()', () => {
  test('a corner inside, a vertex inside the box, crossing edges, or nothing', () => {
    expect(boxMeetsRing([8, 8, 12, 12], SQUARE)).toBe(true);
    // A box wholly inside the ring: only its corners tell.
    expect(boxMeetsRing([2, 2, 4, 4], SQUARE)).toBe(true);
    expect(boxMeetsRing([-5, -5, 20, 20], SQUARE)).toBe(true);
    // A thin box across the square's middle: no corner inside, no vertex inside, edges cross.
    expect(boxMeetsRing([-5, 4, 15, 6], SQUARE)).toBe(true);
    expect(boxMeetsRing([4, -5, 6, 15], SQUARE)).toBe(true);
    expect(boxMeetsRing([11, 11, 20, 20], SQUARE)).toBe(false);
    // Beside the triangle's slanted edge, inside its bounding box.
    expect(boxMeetsRing([7, 7, 9, 9], TRIANGLE)).toBe(false);
    expect(boxMeetsRing([4, 4, 6, 6], TRIANGLE)).toBe(true);
    // Just clear of the square's side.
    expect(boxMeetsRing([10.5, 2, 14, 4], SQUARE)).toBe(false);
  });
});
