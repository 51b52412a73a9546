import { createHash } from 'node:crypto';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { THEMES } from '../../../src/data/palette.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { buildStyle } from '../../../src/map/build-style.ts';
import { SOLID } from '../../../src/map/expressions.ts';
import { LAYER, PICKABLE, SRC } from '../../../src/map/ids.ts';
import { attackLayers, LAZY_LAYERS } from '../../../src/map/story-layers.ts';
import { OUTLINE_BUFFER } from '../../../src/map/style-sources.ts';
import { loadTopology } from '../../fixtures/load.ts';

const wide = buildMapData(loadTopology(), OPERATION, 'wide');
const styleOf = (theme: (typeof THEMES)[number]) => buildStyle(wide, theme, OPERATION.attacks);
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

    test(`passes the validator with the leaders' zoom range set and the lazily added layer in (${theme})`, () => {
      const style = buildStyle(wide, theme, OPERATION.attacks, undefined, { overviewZoom: 2.4 });
      const errors = validateStyleMin({ ...style, layers: [...style.layers, ...attackLayers(theme)] });
      expect(errors.map((e) => e.message)).toEqual([]);
      const zoom = (id: string) => style.layers.find((l) => l.id === id);
      expect(zoom(LAYER.leaders)).toMatchObject({ minzoom: 0, maxzoom: 3 });
    });

    test(`draws no text: no symbol layer, no font, no glyphs (the labels are HTML) (${theme})`, () => {
      const style = styleOf(theme);
      expect(style.layers.filter((l) => l.type === 'symbol').map((l) => l.id)).toEqual([]);
      expect(style).not.toHaveProperty('font-faces');
      expect(style).not.toHaveProperty('glyphs');
    });

    test(`draws each layer type with one shader program: the same paint properties vary by feature (${theme})`, () => {
      // MapLibre compiles a program per layer type and per set of per-feature paint properties ('u' constant,
      // 'a' per feature, as its ProgramConfiguration keys them); fill patterns and dashed lines have their own.
      const style = styleOf(theme);
      const kinds = new Map<string, Set<string>>();
      for (const l of [...style.layers, ...attackLayers(theme)]) {
        if (l.type === 'background' || !('paint' in l)) continue;
        const paint = (l.paint ?? {}) as Record<string, unknown>;
        const variant = `${l.type}${'fill-pattern' in paint ? '-pattern' : ''}${'line-dasharray' in paint ? '-dashed' : ''}`;
        const perFeature = Object.entries(paint)
          .filter(([k, v]) => Array.isArray(v) && !['line-dasharray', 'fill-pattern'].includes(k))
          .map(([k]) => k)
          .sort()
          .join(',');
        kinds.set(variant, (kinds.get(variant) ?? new Set()).add(perFeature));
      }
      for (const [variant, sets] of kinds) expect([...sets], variant).toHaveLength(1);
    });

    test(`has no background layer: the sea is the map box's CSS background, not a program and a full-screen fill (${theme})`, () => {
      expect(styleOf(theme).layers.filter((l) => l.type === 'background')).toEqual([]);
    });

    test(`has no circle layer: the hub's marks are lines, the claimed attacks' circles come when first shown (${theme})`, () => {
      // A circle layer in the style compiles MapLibre's circle program before the first frame (hub-marks.ts).
      const style = styleOf(theme);
      expect(style.layers.filter((l) => l.type === 'circle').map((l) => l.id)).toEqual([]);
      for (const id of [LAYER.hub, LAYER.hubHalo, LAYER.hubRing]) {
        const hub = style.layers.find((l) => l.id === id);
        expect(hub, id).toMatchObject({ type: 'line', source: SRC.hub, layout: { 'line-cap': 'round' } });
      }
      expect(style.sources[SRC.hub]).toMatchObject({ tolerance: 0 });
    });

    test(`draws every line, solid or dashed, with the one dashed-line program (${theme})`, () => {
      // A line layer without a dash pattern takes MapLibre's 'line' program, one with a pattern 'lineSDF': the
      // solid lines carry SOLID (a dash with no gap) so that only one of the two is compiled.
      const lines = [...styleOf(theme).layers, ...attackLayers(theme)].filter((l) => l.type === 'line');
      expect(lines.length).toBeGreaterThan(3);
      for (const l of lines) expect(l.paint ?? {}, l.id).toHaveProperty('line-dasharray');
      const solid = lines.filter((l) => l.paint?.['line-dasharray'] === SOLID).map((l) => l.id);
      expect(solid).toEqual(
        expect.arrayContaining([LAYER.borders, LAYER.insetBorders, LAYER.outline, LAYER.leaders]),
      );
      // No gap: the pattern is one unbroken dash, long enough that the program draws it at full opacity.
      expect(SOLID[1]).toBe(0);
      expect(SOLID[0]).toBeGreaterThanOrEqual(16);
    });

    test(`tiles the outlines and borders with a small buffer that still covers the widest line (${theme})`, () => {
      const style = styleOf(theme);
      // The widest line drawn from these two sources (the hub's marks are wider lines of their own small source).
      const widest = Math.max(
        ...style.layers
          .filter((l) => l.type === 'line')
          .filter((l) => l.source === SRC.countries || l.source === SRC.borders)
          .flatMap((l) => JSON.stringify(l.paint?.['line-width'] ?? 1).match(/\d+(\.\d+)?/g) ?? [])
          .map(Number),
      );
      expect(widest).toBeGreaterThanOrEqual(2.5);
      for (const id of [SRC.countries, SRC.borders]) {
        const buffer = (style.sources[id] as { buffer?: number }).buffer;
        expect(buffer, id).toBe(OUTLINE_BUFFER);
        expect(buffer!, id).toBeLessThanOrEqual(16);
        expect(buffer!, id).toBeGreaterThan(widest + 2);
      }
    });

    test(`has every pickable layer and every source the map code names (${theme})`, () => {
      const style = styleOf(theme);
      const ids = style.layers.map((l) => l.id);
      for (const id of PICKABLE) expect(ids, id).toContain(id);
      // The attacks' layers are added when first shown (story-layers.ts), the others are in the style from the start.
      for (const id of Object.values(LAYER)) expect([...ids, ...LAZY_LAYERS], id).toContain(id);
      for (const id of LAZY_LAYERS) expect(ids, id).not.toContain(id);
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
