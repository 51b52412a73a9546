import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { ROLE_COLOURS, THEMES, paletteCss, roleScale } from '../../../src/data/palette.ts';
import { ROLES } from '../../../src/data/types.ts';
import { roleFillExpression, strikeFillExpression } from '../../../src/map/expressions.ts';

const toHex = (c: { r: number; g: number; b: number }) =>
  '#' +
  [c.r, c.g, c.b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();

describe('the palette', () => {
  for (const theme of THEMES) {
    test(`the MapLibre expression and the d3 scale agree for every role and an unknown one (${theme})`, () => {
      const parsed = createExpression(roleFillExpression(theme), 'fill-color', { type: 'color' } as never);
      expect(parsed.result).toBe('success');
      const expr = (
        parsed as { value: { evaluate(g: unknown, f: unknown): { r: number; g: number; b: number } } }
      ).value;
      const scale = roleScale(theme);
      for (const role of [...ROLES, 'not-a-role', null]) {
        const drawn = toHex(expr.evaluate({ zoom: 2 }, { type: 'Polygon', properties: { role } }));
        expect(drawn, String(role)).toBe(scale(role as string).toUpperCase());
      }
    });
  }

  for (const theme of THEMES) {
    test(`the strike fill: feature-state strikeRole wins, 'none' is neutral, unset falls back to the April role (${theme})`, () => {
      const parsed = createExpression(strikeFillExpression(theme), 'fill-color', { type: 'color' } as never);
      expect(parsed.result).toBe('success');
      const expr = (
        parsed as {
          value: { evaluate(g: unknown, f: unknown, s: unknown): { r: number; g: number; b: number } };
        }
      ).value;
      const scale = roleScale(theme);
      const at = (role: string | null, state: Record<string, unknown>) =>
        toHex(expr.evaluate({ zoom: 2 }, { type: 'Polygon', properties: { role } }, state));
      expect(at('lead', {})).toBe(scale('lead').toUpperCase());
      expect(at('lead', { strikeRole: '' })).toBe(scale('lead').toUpperCase());
      expect(at('lead', { strikeRole: 'none' })).toBe(scale('not-a-role').toUpperCase());
      expect(at(null, { strikeRole: 'lead' })).toBe(ROLE_COLOURS.lead.toUpperCase());
      expect(at('servers', { strikeRole: 'support' })).toBe(ROLE_COLOURS.support.toUpperCase());
    });
  }

  test('the d3 scale never gives an unknown role a role colour', () => {
    const colours = new Set(Object.values(ROLE_COLOURS));
    expect(colours.has(roleScale('light')('bogus'))).toBe(false);
    expect(roleScale('light').domain()).toEqual([...ROLES]);
  });

  test('the generated stylesheet carries every role colour, and dark ground colours', () => {
    const css = paletteCss();
    for (const r of ROLES) expect(css).toContain(`--op-role-${r}:${ROLE_COLOURS[r]}`);
    expect(css).toMatch(/prefers-color-scheme: dark/);
    expect(css).toContain(':root[data-theme="dark"]');
  });
});

describe('the role pattern expression', () => {
  test('gives each patterned role its pattern’s image and the lead none', async () => {
    const { rolePatternExpression } = await import('../../../src/map/expressions.ts');
    const { PATTERNED_ROLES, patternImageId } = await import('../../../src/map/patterns.ts');
    const { ROLE_PATTERNS } = await import('../../../src/data/patterns.ts');
    const parsed = createExpression(rolePatternExpression(), 'fill-pattern', { type: 'string' } as never);
    expect(parsed.result).toBe('success');
    const expr = (parsed as { value: { evaluate(g: unknown, f: unknown): unknown } }).value;
    const ids = PATTERNED_ROLES.map((role) =>
      String(expr.evaluate({ zoom: 2 }, { type: 'Polygon', properties: { role } })),
    );
    expect(ids).toEqual(PATTERNED_ROLES.map((r) => patternImageId(ROLE_PATTERNS[r])));
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(PATTERNED_ROLES).not.toContain('lead');
    expect(PATTERNED_ROLES).toEqual(['evidence', 'servers', 'registrars', 'support', 'arrest']);
  });
});
