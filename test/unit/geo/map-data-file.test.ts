import { describe, expect, test } from 'vitest';
import { buildMapDataFile } from '../../../build/map-data.ts';
import { fineTopologyFor } from '../../../build/fine-outlines.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import type { Operation } from '../../../src/data/types.ts';
import { buildMapData, INSET_NOTE, INSET_TITLE } from '../../../src/geo/build-map-data.ts';
import { decodeLine, encodeLine, mapTextOf, withText } from '../../../src/geo/map-view-data.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
const fine = fineTopologyFor(topo, OPERATION);
const file = buildMapDataFile(OPERATION, topo, fine);
const text = mapTextOf(OPERATION, `${INSET_TITLE}\n${INSET_NOTE}`);
const names = [...OPERATION.participants.map((p) => p.name), OPERATION.hub.name, INSET_TITLE, INSET_NOTE];

describe('build-time map data (build/map-data.ts)', () => {
  test('lines and rings round-trip through the delta encoding at 0.001°', () => {
    const line = [
      [4.35171, 50.85034],
      [-73.98, 40.75],
      [179.999, -16.5],
    ];
    const back = decodeLine(encodeLine(line));
    back.forEach(([x, y], i) => {
      expect(Math.abs(x - line[i]![0]!)).toBeLessThanOrEqual(5e-4);
      expect(Math.abs(y - line[i]![1]!)).toBeLessThanOrEqual(5e-4);
    });
    expect(encodeLine(line).every(Number.isInteger)).toBe(true);
  });

  test('carries no label text: positions keyed by MapKey only (languages change the text, not the file)', () => {
    const json = JSON.stringify(file);
    for (const n of names) expect(json, `the file holds "${n}"`).not.toContain(n);
    for (const o of ['wide', 'tall'] as const)
      expect(file.parts[o].labels.features.map((f) => f.properties.key).sort()).toEqual(
        OPERATION.participants.map((p) => p.alpha2).sort(),
      );
  });

  test('decoded with the text joined, it is what buildMapData gives the map (fine outlines included)', () => {
    for (const o of ['wide', 'tall'] as const) {
      const built = buildMapData(topo, OPERATION, o, fine);
      const view = withText(file, o, text);
      expect(view.layout.frame).toEqual(built.layout.frame);
      expect(view.labels.features.map((f) => [f.properties.key, f.properties.name])).toEqual(
        built.labels.features.map((f) => [f.properties.key, f.properties.name]),
      );
      expect(view.hubLabel.features[0]!.properties.name).toBe(OPERATION.hub.name);
      expect(view.insetFrame.features.find((f) => f.properties.title)?.properties.title).toBe(
        built.insetFrame.features.find((f) => f.properties.title)?.properties.title,
      );
      // The main map's countries, then the inset's; each part in the built order.
      const ordered = <T extends { properties: { part: string } }>(fs: T[]) => [
        ...fs.filter((f) => f.properties.part === 'main'),
        ...fs.filter((f) => f.properties.part === 'inset'),
      ];
      const builtCountries = ordered(built.countries.features);
      expect(view.countries.features.map((f) => [f.properties.key, f.properties.part])).toEqual(
        builtCountries.map((f) => [f.properties.key, f.properties.part]),
      );
      // Every vertex within 0.001° of the built geometry.
      const flat = (c: unknown): number[] => (Array.isArray(c) ? c.flatMap(flat) : [c as number]);
      const a = flat(view.countries.features.map((f) => f.geometry.coordinates));
      const b = flat(builtCountries.map((f) => f.geometry.coordinates));
      expect(a.length).toBe(b.length);
      expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThanOrEqual(1e-3);
      expect(flat(view.borders.features.map((f) => f.geometry.coordinates)).length).toBe(
        flat(built.borders.features.map((f) => f.geometry.coordinates)).length,
      );
    }
  });

  test('is a function of the operation passed in', () => {
    const europeOnly: Operation = {
      ...OPERATION,
      participants: OPERATION.participants.filter((p) => !['US', 'CA'].includes(p.alpha2)),
    };
    const other = buildMapDataFile(europeOnly, topo);
    expect(other.parts.wide.labels.features.map((f) => f.properties.key)).not.toContain('US');
    expect(other.parts.wide.insetFrame.features).toEqual([]);
    expect(file.parts.wide.insetFrame.features.length).toBeGreaterThan(0);
  });
});
