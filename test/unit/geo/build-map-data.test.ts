import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData, INSET_CODES, type MapData } from '../../../src/geo/build-map-data.ts';
import type { BBox } from '../../../src/geo/mercator.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
const wide = buildMapData(topo, OPERATION, 'wide');
const tall = buildMapData(topo, OPERATION, 'tall');
const inside = ([w, s, e, n]: BBox, [x, y]: readonly number[]) => x! >= w && x! <= e && y! >= s && y! <= n;
const overlaps = (a: BBox, b: BBox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('buildMapData()', () => {
  test('colours each participant by its first role and leaves the rest without a role', () => {
    const participants = wide.countries.features.filter((f) => f.properties.role);
    expect(new Set(participants.map((f) => f.properties.alpha2)).size).toBe(8);
    // Spain is named by other operations, not this one: unnamed land, keyed by its world-atlas id.
    expect(wide.countries.features.find((f) => f.properties.key === 'ES')).toBeUndefined();
    expect(wide.countries.features.find((f) => f.properties.key === '724')!.properties.role).toBeNull();
    const be = participants.find((f) => f.properties.alpha2 === 'BE')!;
    expect(be.properties.role).toBe('lead');
    const de = wide.countries.features.find((f) => f.properties.key === '276')!;
    expect(de.properties.role).toBeNull();
  });

  test('keys named countries by alpha-2 and unnamed land by its zero-padded world-atlas id (no parseInt)', () => {
    expect(
      wide.countries.features.filter((f) => f.properties.key === 'BE').map((f) => f.properties.part),
    ).toEqual(['main']);
    expect(wide.countries.features.some((f) => f.properties.key === '056')).toBe(false);
    expect(wide.countries.features.some((f) => f.properties.key === '004')).toBe(true);
    for (const f of wide.countries.features)
      expect(
        f.properties.key === f.properties.alpha2 || /^[ir]?(\d{3}|X-)/.test(f.properties.key),
        f.properties.key,
      ).toBe(true);
    expect(wide.labels.features.map((f) => f.properties.key).sort()).toEqual([
      'BE',
      'BG',
      'CA',
      'FR',
      'GB',
      'NL',
      'RO',
      'US',
    ]);
    expect(wide.spokes.features.map((f) => f.properties.key).sort()).toEqual([
      'BE',
      'BG',
      'CA',
      'FR',
      'GB',
      'RO',
      'US',
    ]);
    for (const f of wide.countries.features) expect(typeof f.properties.key).toBe('string');
    expect(wide.countries.features.every((f) => !('id' in f) || f.id === undefined)).toBe(true);
  });

  test('draws Canada and the US only in the inset, and the inset does not cover Europe', () => {
    for (const data of [wide, tall]) {
      const na = data.countries.features.filter((f) => INSET_CODES.has(f.properties.alpha2 ?? ''));
      expect(na.map((f) => f.properties.part)).toEqual(['inset', 'inset']);
      expect(overlaps(data.layout.inset!.target, data.layout.europe)).toBe(false);
    }
  });

  test('puts the inset west of Europe when wide and below it when tall', () => {
    expect(wide.layout.inset!.target[2]).toBeLessThan(wide.layout.europe[0]);
    expect(tall.layout.inset!.target[3]).toBeLessThan(tall.layout.europe[1]);
  });

  test('frames every label point and the hub in the overview', () => {
    for (const data of [wide, tall]) {
      for (const l of data.labels.features)
        expect(inside(data.layout.frame, l.geometry.coordinates), l.properties.name).toBe(true);
      expect(inside(data.layout.frame, [...OPERATION.hub.lngLat])).toBe(true);
    }
  });

  test('labels France in metropolitan France, not French Guiana', () => {
    const fr = wide.labels.features.find((f) => f.properties.name === 'France')!;
    const [lng, lat] = fr.geometry.coordinates;
    expect(lng).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
  });

  test('draws one spoke from The Hague to each participant but the Netherlands, where the hub is', () => {
    expect(wide.spokes.features.map((f) => f.properties.key).sort()).toEqual(
      OPERATION.participants
        .filter((p) => p.alpha2 !== 'NL')
        .map((p) => p.alpha2)
        .sort(),
    );
    for (const s of wide.spokes.features) {
      const [x, y] = s.geometry.coordinates[0]!;
      expect(x).toBeCloseTo(OPERATION.hub.lngLat[0], 3);
      expect(y).toBeCloseTo(OPERATION.hub.lngLat[1], 3);
    }
  });

  test('unwraps the antimeridian: no country ring jumps more than 180° except along a pole', () => {
    for (const f of wide.countries.features) {
      for (const poly of f.geometry.coordinates)
        for (const ring of poly) {
          for (let i = 1; i < ring.length; i++) {
            const alongPole = Math.abs(ring[i]![1]!) === 90 && ring[i]![1] === ring[i - 1]![1];
            if (!alongPole)
              expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), f.properties.name).toBeLessThan(180);
          }
        }
    }
  });

  // Pinned output: each collection's feature count and digest (`npx vitest run -u` accepts a change). Built inside
  // the test, not reused from above, so that a change to the builder made after loading (a mutant) shows up too.
  test('matches its pinned snapshot (wide and tall)', async () => {
    const wide = buildMapData(topo, OPERATION, 'wide');
    const tall = buildMapData(topo, OPERATION, 'tall');
    const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
    const summary = (d: MapData) =>
      Object.fromEntries(
        Object.entries(d).map(([k, v]) => [
          k,
          v && typeof v === 'object' && 'features' in v
            ? { features: (v as { features: unknown[] }).features.length, sha256: digest(v) }
            : digest(v instanceof Set ? [...v] : v),
        ]),
      );
    await expect(
      `${JSON.stringify({ wide: summary(wide), tall: summary(tall) }, null, 2)}\n`,
    ).toMatchFileSnapshot('./__snapshots__/map-data.json');
  });
});
