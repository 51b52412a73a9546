import { describe, expect, test } from 'vitest';
import {
  anchorShare,
  anchoredBox,
  byPriority,
  inFrame,
  intoFrame,
  movesClearOf,
  overlaps,
  placeCandidates,
  placeGreedy,
  type Box,
} from '../../../src/map/place-greedy.ts';

const box = (x0: number, y0: number, w: number, h: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });

describe('anchoredBox()', () => {
  test('each anchor puts the point at its side or middle of the box', () => {
    expect(anchorShare('center')).toEqual([0.5, 0.5]);
    expect(anchorShare('left')).toEqual([0, 0.5]);
    expect(anchorShare('top-right')).toEqual([1, 0]);
    expect(anchorShare('bottom-left')).toEqual([0, 1]);
    expect(anchorShare('bottom')).toEqual([0.5, 1]);
    expect(anchoredBox([100, 50], 'center', [0, 0], 12, [40, 20])).toEqual(box(80, 40, 40, 20));
    expect(anchoredBox([100, 50], 'left', [0, 0], 12, [40, 20])).toEqual(box(100, 40, 40, 20));
    expect(anchoredBox([100, 50], 'bottom-right', [0, 0], 12, [40, 20])).toEqual(box(60, 30, 40, 20));
  });

  test('the offset is in ems of the label size, and the corner lands on a whole pixel', () => {
    // The hub's close-in label: 'left' with [1, 0] at 12 px starts 12 px right of its dot.
    expect(anchoredBox([100, 50], 'left', [1, 0], 12, [40, 20])).toEqual(box(112, 40, 40, 20));
    // The inset title: bottom-left, half an em right, 0.4 em up.
    expect(anchoredBox([10, 200], 'bottom-left', [0.5, -0.4], 11.5, [80, 28])).toEqual(box(16, 167, 80, 28));
    const b = anchoredBox([10.3, 20.7], 'center', [0, 0], 12, [15, 9]);
    expect([b.x0, b.y0].every(Number.isInteger)).toBe(true);
  });
});

describe('placeGreedy()', () => {
  test('the first label always shows; a later one that overlaps a shown one does not', () => {
    expect(placeGreedy([box(0, 0, 50, 20), box(40, 10, 50, 20), box(100, 0, 50, 20)])).toEqual([
      true,
      false,
      true,
    ]);
  });

  test('a hidden label blocks nothing: the one after it can take its place', () => {
    expect(placeGreedy([box(0, 0, 50, 20), box(40, 10, 50, 20), box(80, 10, 50, 20)])).toEqual([
      true,
      false,
      true,
    ]);
  });

  test('the padding keeps labels apart by that much; without it touching boxes both show', () => {
    const a = box(0, 0, 50, 20),
      b = box(52, 0, 50, 20);
    expect(placeGreedy([a, b])).toEqual([true, true]);
    expect(placeGreedy([a, b], 4)).toEqual([true, false]);
    expect(placeGreedy([a, box(50, 0, 10, 10)])).toEqual([true, true]);
  });

  test('a label with no box (outside the frame) is not shown and blocks nothing', () => {
    expect(placeGreedy([null, box(0, 0, 10, 10), null])).toEqual([false, true, false]);
  });

  test('no two shown boxes overlap, whatever the input', () => {
    const boxes = Array.from({ length: 60 }, (_, i) =>
      box((i * 37) % 200, (i * 53) % 120, 30 + (i % 7) * 5, 14),
    );
    const shown = boxes.filter((_, i) => placeGreedy(boxes, 2)[i]);
    expect(shown.length).toBeGreaterThan(3);
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) expect(overlaps(a, b, 2), JSON.stringify([a, b])).toBe(false);
  });
});

describe('byPriority()', () => {
  test('the hub, then the lead, then the rest in data order', () => {
    const items = [
      { key: 'FR', role: 'evidence' },
      { key: 'NL', role: 'servers' },
      { key: 'hub' },
      { key: 'BE', role: 'lead' },
      { key: 'GB', role: 'registrars' },
    ];
    expect(byPriority(items).map((i) => i.key)).toEqual(['hub', 'BE', 'FR', 'NL', 'GB']);
    expect(items[0]!.key).toBe('FR');
  });
});

describe('inFrame()', () => {
  test('a box partly in the frame is in it; one wholly outside is not', () => {
    expect(inFrame(box(-20, 5, 30, 10), 100, 50)).toBe(true);
    expect(inFrame(box(-40, 5, 30, 10), 100, 50)).toBe(false);
    expect(inFrame(box(10, 50, 30, 10), 100, 50)).toBe(false);
  });
});

describe('placeCandidates()', () => {
  test('each label takes its first spot clear of what is taken and of the labels before it; none free: left out', () => {
    const taken = [box(0, 0, 50, 20)];
    const a = [box(10, 10, 30, 10), box(60, 0, 30, 10), box(100, 0, 30, 10)];
    const b = [box(60, 0, 30, 10), null, box(60, 12, 30, 10)];
    const c = [box(0, 0, 10, 10), box(62, 2, 10, 10)];
    expect(placeCandidates([a, b, c], taken)).toEqual([1, 2, -1]);
    // A spot that is not allowed (null) is skipped, and the padding keeps spots apart.
    expect(placeCandidates([[null, box(0, 30, 10, 10)]], taken)).toEqual([1]);
    expect(placeCandidates([[box(0, 21, 10, 10), box(0, 40, 10, 10)]], taken, 2)).toEqual([1]);
  });
});

describe('intoFrame()', () => {
  test('a box cut by an edge moves just inside it, 2 px clear; a box inside stays as it is', () => {
    expect(intoFrame(box(-10, 50, 40, 20), 300, 200)).toEqual(box(2, 50, 40, 20));
    expect(intoFrame(box(100, -6, 40, 20), 300, 200)).toEqual(box(100, 2, 40, 20));
    expect(intoFrame(box(280, 190, 40, 20), 300, 200)).toEqual(box(258, 178, 40, 20));
    const inside = box(10, 10, 40, 20);
    expect(intoFrame(inside, 300, 200)).toBe(inside);
  });
  test('a box wider than the frame keeps its left edge at the margin', () => {
    expect(intoFrame(box(-50, 10, 400, 20), 300, 200)).toEqual(box(2, 10, 400, 20));
    expect(intoFrame(box(20, 10, 400, 20), 300, 200)).toEqual(box(2, 10, 400, 20));
  });
});

describe('movesClearOf()', () => {
  const zoom = box(361, 10, 29, 58);
  test('the ways out of the obstacles a box meets, nearest first, each clear of all of them and in the frame', () => {
    // Overlapping the zoom buttons' lower half: down is the shortest way out, then left; right leaves the frame.
    const b = box(340, 50, 40, 14);
    expect(movesClearOf(b, [zoom], 400, 300, 4)).toEqual([box(340, 72, 40, 14), box(317, 50, 40, 14)]);
    // A second button below takes the way down.
    expect(movesClearOf(b, [zoom, box(361, 70, 29, 29)], 400, 300, 4)).toEqual([box(317, 50, 40, 14)]);
  });
  test('none for a box that meets no obstacle, nor when no move clears them', () => {
    expect(movesClearOf(box(10, 10, 40, 14), [zoom], 400, 300, 4)).toEqual([]);
    expect(movesClearOf(box(10, 10, 40, 14), [box(0, 0, 400, 300)], 400, 300)).toEqual([]);
  });
});
