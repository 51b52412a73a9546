/**
 * buildLayout() on its own, with small made-up inputs: where the inset goes
 * (west of Europe when wide, in a band below when tall), how big it is, that
 * it keeps its proportions, that it avoids land, and what the frame takes in.
 */
import { describe, expect, test } from 'vitest';
import { buildLayout } from '../../../src/geo/layout.ts';
import { project, type BBox, type LngLat } from '../../../src/geo/mercator.ts';

/** A box's corners in Mercator: [x0, y0 (north), x1, y1 (south)]. */
const merc = (b: BBox) => {
  const [x0, y0] = project([b[0], b[3]]);
  const [x1, y1] = project([b[2], b[1]]);
  return { x0, y0, x1, y1, w: x1 - x0, h: y1 - y0 };
};
const corners = (b: BBox): LngLat[] => [
  [b[0], b[1]],
  [b[2], b[3]],
];
/** Europe from Portugal to Romania, the Hague inside; North America from Alaska to Florida. */
const EUROPE: BBox = [-9, 36, 30, 58];
const AMERICA: BBox = [-160, 25, -55, 70];
const wide = (hitsLand?: (b: BBox) => boolean) =>
  buildLayout({
    orientation: 'wide',
    europePoints: corners(EUROPE),
    insetPoints: corners(AMERICA),
    hitsLand,
  });
const tall = () =>
  buildLayout({ orientation: 'tall', europePoints: corners(EUROPE), insetPoints: corners(AMERICA) });

describe('buildLayout()', () => {
  test('Europe is its points’ box with 12 % room on each side (Mercator)', () => {
    const l = wide();
    const pts = merc(EUROPE),
      e = merc(l.europe);
    expect((pts.x0 - e.x0) / pts.w).toBeCloseTo(0.12, 6);
    expect((e.x1 - pts.x1) / pts.w).toBeCloseTo(0.12, 6);
    expect((pts.y0 - e.y0) / pts.h).toBeCloseTo(0.12, 6);
    expect((e.y1 - pts.y1) / pts.h).toBeCloseTo(0.12, 6);
  });

  test('an all-European operation: no inset, and the frame is Europe with 2 % room', () => {
    const l = buildLayout({ orientation: 'wide', europePoints: corners(EUROPE), insetPoints: [] });
    expect(l.inset).toBeNull();
    expect(l.orientation).toBe('wide');
    const e = merc(l.europe),
      f = merc(l.frame);
    expect((e.x0 - f.x0) / e.w).toBeCloseTo(0.02, 6);
    expect((f.y1 - e.y1) / e.h).toBeCloseTo(0.02, 6);
  });

  test('wide: the inset sits west of Europe, 0.6 of its height, centred on it, a 4 % gap between', () => {
    const l = wide();
    expect(l.orientation).toBe('wide');
    const e = merc(l.europe),
      t = merc(l.inset!.target);
    expect(t.x1).toBeLessThan(e.x0);
    expect((e.x0 - t.x1) / e.w).toBeCloseTo(0.04, 6);
    expect(t.h / e.h).toBeCloseTo(0.6, 6);
    expect(t.y0 - e.y0).toBeCloseTo(e.y1 - t.y1, 9);
  });

  test('the inset keeps the source’s proportions at its scale, and maps the source’s corners onto its frame', () => {
    for (const l of [wide(), tall()]) {
      const inset = l.inset!;
      const s = merc(inset.source);
      // Source: North America with 4 % room, its north cut at 72° (the Arctic archipelago).
      expect(inset.source[3]).toBeLessThan(74);
      expect(inset.source[3]).toBeGreaterThan(70);
      expect(inset.source[0]).toBeLessThan(AMERICA[0]);
      expect(inset.source[1]).toBeLessThan(AMERICA[1]);
      const nw = project(inset.toInset([inset.source[0], inset.source[3]]));
      const se = project(inset.toInset([inset.source[2], inset.source[1]]));
      expect((se[0] - nw[0]) / s.w).toBeCloseTo(inset.scale, 9);
      expect((se[1] - nw[1]) / s.h).toBeCloseTo(inset.scale, 9);
      expect(inset.scale).toBeLessThan(1);
      const t = merc(inset.target);
      // The content lies inside the frame.
      expect(nw[0]).toBeGreaterThanOrEqual(t.x0 - 1e-12);
      expect(se[0]).toBeLessThanOrEqual(t.x1 + 1e-12);
      expect(nw[1]).toBeGreaterThanOrEqual(t.y0 - 1e-12);
      expect(se[1]).toBeLessThanOrEqual(t.y1 + 1e-12);
    }
    const w = wide().inset!;
    const nw = project(w.toInset([w.source[0], w.source[3]]));
    const t = merc(w.target);
    expect(nw[0]).toBeCloseTo(t.x0, 12);
    expect(nw[1]).toBeCloseTo(t.y0, 12);
  });

  test('wide: moves the inset off land, trying smaller, further and shifted frames in turn', () => {
    const first = wide().inset!.target;
    const seen: BBox[] = [];
    // Land under the first two candidates.
    const l = wide((b) => {
      seen.push(b);
      return seen.length <= 2;
    });
    expect(seen[0]).toEqual(first);
    expect(l.inset!.target).toEqual(seen[2]);
    expect(l.inset!.target).not.toEqual(first);
    // First the same frame shifted up or down, then further west, then smaller.
    expect(merc(seen[1]!).h).toBeCloseTo(merc(first).h, 12);
    expect(merc(seen[1]!).x1).toBeCloseTo(merc(first).x1, 12);
    expect(merc(seen[1]!).y0).toBeLessThan(merc(first).y0);
    expect(merc(seen[2]!).y0).toBeGreaterThan(merc(first).y0);
    // Land everywhere: the first candidate after all.
    const all: BBox[] = [];
    const everywhere = wide((b) => (all.push(b), true));
    expect(everywhere.inset!.target).toEqual(first);
    expect(all.length).toBe(4 * 4 * 6);
    expect(new Set(all.map((b) => merc(b).h.toFixed(9))).size).toBe(4);
    expect(new Set(all.map((b) => merc(b).x1.toFixed(9))).size).toBe(4);
    expect(new Set(all.map((b) => merc(b).y0.toFixed(9))).size).toBeGreaterThanOrEqual(6);
    expect(merc(all[6]!).x1).toBeLessThan(merc(first).x1);
    expect(merc(all[24]!).h).toBeLessThan(merc(first).h);
    // Every candidate is west of Europe and no taller than 0.6 of it.
    const e = merc(wide().europe);
    for (const b of all) {
      expect(merc(b).x1).toBeLessThan(e.x0);
      expect(merc(b).h / e.h).toBeLessThanOrEqual(0.6 + 1e-9);
      expect(merc(b).y0).toBeGreaterThanOrEqual(e.y0 - 1e-12);
      expect(merc(b).y1).toBeLessThanOrEqual(e.y1 + 1e-12);
    }
  });

  test('tall: the inset is a band below Europe, as wide as Europe, the content centred in it', () => {
    const l = tall();
    expect(l.orientation).toBe('tall');
    const e = merc(l.europe),
      t = merc(l.inset!.target);
    expect(t.x0).toBeCloseTo(e.x0, 12);
    expect(t.x1).toBeCloseTo(e.x1, 12);
    expect((t.y0 - e.y1) / e.h).toBeCloseTo(0.05, 6);
    const i = l.inset!;
    const nw = project(i.toInset([i.source[0], i.source[3]]));
    const se = project(i.toInset([i.source[2], i.source[1]]));
    expect(nw[0] - t.x0).toBeCloseTo(t.x1 - se[0], 12);
    // At most 0.66 of Europe's width and 0.5 of its height: one of them decides.
    expect((se[0] - nw[0]) / e.w).toBeLessThanOrEqual(0.66 + 1e-9);
    expect((se[1] - nw[1]) / e.h).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(Math.max((se[0] - nw[0]) / e.w / 0.66, (se[1] - nw[1]) / e.h / 0.5)).toBeCloseTo(1, 9);
    // Room for the title above the content (12 % of its height), a little below it.
    expect((nw[1] - t.y0) / (se[1] - nw[1])).toBeCloseTo(0.12, 6);
    expect((t.y1 - se[1]) / (se[1] - nw[1])).toBeCloseTo(0.12 * 0.3, 6);
  });

  // A flat Europe: the band's height decides the scale; a narrow one: its width.
  test.each([
    ['height', [-9, 50, 30, 52] as BBox, 1, 0.5],
    ['width', [0, 35, 8, 70] as BBox, 0, 0.66],
  ] as const)('a tall inset limited by %s', (_, box, axis, share) => {
    const l = buildLayout({ orientation: 'tall', europePoints: corners(box), insetPoints: corners(AMERICA) });
    const e = merc(l.europe),
      i = l.inset!;
    const nw = project(i.toInset([i.source[0], i.source[3]]));
    const se = project(i.toInset([i.source[2], i.source[1]]));
    const shares = [(se[0] - nw[0]) / e.w, (se[1] - nw[1]) / e.h];
    expect(shares[axis]).toBeCloseTo(share, 9);
    expect(shares[1 - axis]).toBeLessThan([0.66, 0.5][1 - axis]!);
  });

  test('the frame takes in Europe and the inset with 2 % room', () => {
    for (const l of [wide(), tall()]) {
      const e = merc(l.europe),
        t = merc(l.inset!.target),
        f = merc(l.frame);
      const x0 = Math.min(e.x0, t.x0),
        x1 = Math.max(e.x1, t.x1),
        y0 = Math.min(e.y0, t.y0),
        y1 = Math.max(e.y1, t.y1);
      expect((x0 - f.x0) / (x1 - x0)).toBeCloseTo(0.02, 6);
      expect((f.x1 - x1) / (x1 - x0)).toBeCloseTo(0.02, 6);
      expect((y0 - f.y0) / (y1 - y0)).toBeCloseTo(0.02, 6);
      expect((f.y1 - y1) / (y1 - y0)).toBeCloseTo(0.02, 6);
    }
  });
});
