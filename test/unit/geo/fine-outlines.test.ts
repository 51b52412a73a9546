import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildFineTopology } from '../../../build/fine-outlines.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { loadTopology } from '../../fixtures/load.ts';

describe('fine outlines (build step)', () => {
  const fine = buildFineTopology(loadTopology(), OPERATION);
  const names = new Set(
    fine.objects.countries.geometries.map((g) => {
      const p: { name?: string } | null | undefined = g.properties;
      return p?.name;
    }),
  );

  test('cover the European participants and their neighbours, not Russia or the Americas', () => {
    for (const n of [
      'Belgium',
      'Netherlands',
      'France',
      'United Kingdom',
      'Romania',
      'Bulgaria',
      'Germany',
      'Luxembourg',
      'Ireland',
    ])
      expect(names).toContain(n);
    for (const n of ['Russia', 'Canada', 'United States of America']) expect(names).not.toContain(n);
  });

  test('add at most 60 KB gzip and are quantized', () => {
    const bytes = gzipSync(JSON.stringify(fine), { level: 9 }).length;
    console.log(`fine outlines: ${bytes} bytes gzip, ${names.size} countries`);
    expect(bytes).toBeLessThanOrEqual(60_000);
    expect(fine.transform).toBeDefined();
  });
});
