import { createHash } from 'node:crypto';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { THEMES } from '../../../src/data/palette.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { buildStyle } from '../../../src/map/build-style.ts';
import { LAYER, PICKABLE, SRC } from '../../../src/map/ids.ts';
import { loadTopology } from '../../fixtures/load.ts';

const wide = buildMapData(loadTopology(), OPERATION, 'wide');
const files = (w: string) => ({
  latin: `fonts/latin-${w}.woff2`,
  'latin-ext': `fonts/latin-ext-${w}.woff2`,
  cyrillic: `fonts/cyrillic-${w}.woff2`,
});
const FONTS = { regular: files('400'), bold: files('700') };
const styleOf = (theme: (typeof THEMES)[number]) => buildStyle(wide, theme, FONTS, OPERATION.attacks);
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

describe('buildStyle()', () => {
  test('the validator used below does report a broken style', () => {
    const style = styleOf('light');
    const broken = {
      ...style,
      layers: [
        ...style.layers,
        { id: 'x', type: 'fill', source: 'no-such-source', paint: { 'fill-colour': 'red' } },
      ],
    };
    expect(validateStyleMin(broken as Parameters<typeof validateStyleMin>[0]).length).toBeGreaterThan(0);
  });

  for (const theme of THEMES) {
    test(`passes the style specification's validator with no error (${theme})`, () => {
      const errors = validateStyleMin(styleOf(theme));
      expect(errors.map((e) => e.message)).toEqual([]);
    });

    test(`has every pickable layer and every source the map code names (${theme})`, () => {
      const style = styleOf(theme);
      const ids = style.layers.map((l) => l.id);
      for (const id of PICKABLE) expect(ids, id).toContain(id);
      for (const id of Object.values(LAYER)) expect(ids, id).toContain(id);
      for (const id of Object.values(SRC)) expect(Object.keys(style.sources), id).toContain(id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    // Pinned output: a change to the style shows up as a diff of this file (`npx vitest run -u` accepts it).
    // Inline GeoJSON is pinned by its digest, so the file stays readable; the geometry itself is pinned in build-map-data's snapshot.
    test(`matches its pinned snapshot (${theme})`, async () => {
      const style = styleOf(theme);
      const sources = Object.fromEntries(
        Object.entries(style.sources).map(([id, s]) => [
          id,
          'data' in s && typeof s.data === 'object' ? { ...s, data: `sha256:${digest(s.data)}` } : s,
        ]),
      );
      await expect(`${JSON.stringify({ ...style, sources }, null, 2)}\n`).toMatchFileSnapshot(
        `./__snapshots__/style-${theme}.json`,
      );
    });
  }
});
