/**
 * The cartographic rules of the overview: labels never overlap each other or
 * the hub, the inset never covers land the main frame shows, spokes end at
 * the country's edge and keep off the lead, an all-European operation gets
 * no inset, and the fine outlines replace the coarse ones.
 */
import { describe, expect, test } from 'vitest';
import { buildFineTopology } from '../../../build/fine-outlines.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import type { Operation } from '../../../src/data/types.ts';
import { buildMapData, type CountriesTopology, type MapData } from '../../../src/geo/build-map-data.ts';
import { clipRing } from '../../../src/geo/clip.ts';
import { boxesOverlap } from '../../../src/geo/label-placement.ts';
import type { BBox, LngLat } from '../../../src/geo/mercator.ts';
import { loadTopology } from '../../fixtures/load.ts';

const coarse = loadTopology();
const fine = buildFineTopology(coarse, OPERATION);
const layouts: [string, MapData][] = [
  ['wide', buildMapData(coarse, OPERATION, 'wide')],
  ['tall', buildMapData(coarse, OPERATION, 'tall')],
  ['wide, fine outlines', buildMapData(coarse, OPERATION, 'wide', fine)],
  ['tall, fine outlines', buildMapData(coarse, OPERATION, 'tall', fine)],
];
const meets = (a: BBox, b: BBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

function inside([x, y]: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!,
      [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) hit = !hit;
  }
  return hit;
}

describe.each(layouts)('the overview, %s', (_, data) => {
  test('no two labels overlap, and none covers the hub dot or the hub label', () => {
    const boxes = [
      ...data.placement.labels.map((l) => [l.key, l.box] as const),
      ['hub', data.placement.hub.box] as const,
      ['hub dot', data.placement.hubDot] as const,
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(boxesOverlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} × ${boxes[j]![0]}`).toBe(false);
      }
    }
  });

  test('every label lies inside the overview box', () => {
    const { width, height } = data.placement.size;
    for (const l of [...data.placement.labels, data.placement.hub]) {
      expect(l.box[0], l.key).toBeGreaterThanOrEqual(0);
      expect(l.box[1], l.key).toBeGreaterThanOrEqual(0);
      expect(l.box[2], l.key).toBeLessThanOrEqual(width);
      expect(l.box[3], l.key).toBeLessThanOrEqual(height);
    }
  });

  test('the Belgium and Netherlands labels keep off each other’s country, with a leader back to their own', () => {
    const ring = (key: string) =>
      data.countries.features
        .find((f) => f.properties.key === key && f.properties.part === 'main')!
        .geometry.coordinates.reduce((a, p) => (p[0]!.length > a.length ? p[0]! : a), [] as number[][]);
    const be = data.labels.features.find((f) => f.properties.key === 'BE')!,
      nl = data.labels.features.find((f) => f.properties.key === 'NL')!;
    expect(inside(be.geometry.coordinates, ring('NL'))).toBe(false);
    expect(inside(nl.geometry.coordinates, ring('BE'))).toBe(false);
    expect(data.leaders.features.map((f) => f.properties.key)).toEqual(expect.arrayContaining(['BE', 'NL']));
  });

  test('spokes end on their country’s edge and never run across the lead (Belgium)', () => {
    const beRing = data.countries.features
      .find((f) => f.properties.key === 'BE' && f.properties.part === 'main')!
      .geometry.coordinates.reduce((a, p) => (p[0]!.length > a.length ? p[0]! : a), [] as number[][]);
    for (const s of data.spokes.features) {
      if (s.properties.key === 'BE') continue;
      for (const p of s.geometry.coordinates)
        expect(inside(p, beRing), `spoke ${s.properties.key}`).toBe(false);
    }
  });

  test('the inset never covers land the main frame shows', () => {
    const inset = data.layout.inset!;
    expect(meets(inset.target, data.layout.europe)).toBe(false);
    if (data.layout.orientation === 'tall') {
      // A separate band as wide as Europe's frame: whatever lies under it is outside the main frame.
      expect(inset.target[0]).toBeCloseTo(data.layout.europe[0], 6);
      expect(inset.target[2]).toBeCloseTo(data.layout.europe[2], 6);
      expect(inset.target[3]).toBeLessThan(data.layout.europe[1]);
      return;
    }
    const box: BBox = inset.target;
    const land = data.countries.features
      .filter((f) => f.properties.part === 'main')
      .flatMap((f) => f.geometry.coordinates.map((p) => p[0]!.map(([x, y]) => [x!, y!] as LngLat)));
    const touching = land.filter((r) => clipRing(r, box).length > 0);
    expect(touching).toEqual([]);
  });

  test('the inset is titled and smaller than Europe', () => {
    const inset = data.layout.inset!;
    const h = (b: BBox) => b[3] - b[1];
    expect(inset.scale).toBeLessThan(1);
    if (data.layout.orientation === 'wide') expect(h(inset.target)).toBeLessThan(h(data.layout.europe));
    const title = data.insetFrame.features.find((f) => f.geometry.type === 'Point');
    expect(title?.properties.title).toMatch(/^North America\n/);
  });
});

describe('data-driven layout', () => {
  test('an all-European operation gets no inset', () => {
    const op: Operation = {
      ...OPERATION,
      participants: OPERATION.participants.filter((p) => !['CA', 'US'].includes(p.alpha2)),
    };
    const data = buildMapData(coarse, op, 'wide');
    expect(data.layout.inset).toBeNull();
    expect(data.insetFrame.features).toEqual([]);
    expect(data.countries.features.some((f) => f.properties.part === 'inset')).toBe(false);
  });

  test('the fine outlines replace 1:110m in Europe and leave French Guiana and the rest of the world', () => {
    const vertices = (d: MapData, key: string) =>
      d.countries.features
        .filter((f) => f.properties.key === key && f.properties.part === 'main')
        .flatMap((f) => f.geometry.coordinates.flat(2)).length;
    // Built here, not reused from above, so that a change to the builder made after loading (a mutant) shows up too.
    const coarseWide = buildMapData(coarse, OPERATION, 'wide'),
      fineWide = buildMapData(coarse, OPERATION, 'wide', fine);
    expect(vertices(fineWide, 'BE')).toBeGreaterThan(3 * vertices(coarseWide, 'BE'));
    // Countries only the 1:50m file draws (Malta, Andorra) are added; every 1:110m country stays.
    const keys = (d: MapData) => new Set<string>(d.countries.features.map((f) => f.properties.key));
    expect(keys(fineWide).has('470')).toBe(true);
    expect(keys(coarseWide).has('470')).toBe(false);
    for (const k of keys(coarseWide)) expect(keys(fineWide).has(k), k).toBe(true);
    expect(fineWide.ids.has('470')).toBe(true);
    // Borders between two finely drawn countries come from the fine file: many more points than 1:110m's.
    const borderPoints = (d: MapData) =>
      d.borders.features.find((f) => f.properties?.part === 'main')!.geometry.coordinates.flat().length;
    expect(borderPoints(fineWide)).toBeGreaterThan(1.5 * borderPoints(coarseWide));
    const beFr = (d: MapData) =>
      d.borders.features[0]!.geometry.coordinates.filter((l) =>
        l.every(([x, y]) => x! > 2 && x! < 6.5 && y! > 49.4 && y! < 51.1),
      ).length;
    expect(beFr(fineWide)).toBeGreaterThan(0);
    // The layout is the same shape: the inset still west of Europe, the labels still in the frame.
    expect(fineWide.layout.inset!.target[2]).toBeLessThan(fineWide.layout.europe[0]);
    expect(vertices(fineWide, '032')).toBe(vertices(coarseWide, '032'));
    const france = fineWide.countries.features.find(
      (f) => f.properties.key === 'FR' && f.properties.part === 'main',
    )!;
    expect(france.geometry.coordinates.some((p) => p[0]!.every(([x]) => x! < -50))).toBe(true);
  });
});

export type { CountriesTopology };
