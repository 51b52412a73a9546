/** The palette as CSS custom properties and one stylesheet (src/data/palette.ts). */
import { describe, expect, test } from 'vitest';
import { cssVariables, GROUND, paletteCss, ROLE_COLOURS, roleScale } from '../../../src/data/palette.ts';
import { ROLES } from '../../../src/data/types.ts';

describe('cssVariables', () => {
  test('one variable per role, the neutral fill, and every ground colour in kebab case', () => {
    for (const theme of ['light', 'dark'] as const) {
      const v = cssVariables(theme);
      for (const r of ROLES) expect(v[`--op-role-${r}`]).toBe(ROLE_COLOURS[r]);
      expect(v['--op-role-none']).toBe(GROUND[theme].land);
      expect(v['--op-sea']).toBe(GROUND[theme].sea);
      expect(v['--op-label-halo']).toBe(GROUND[theme].labelHalo);
      expect(v['--op-attack-ring']).toBe(GROUND[theme].attackRing);
      expect(Object.keys(v)).toHaveLength(ROLES.length + 1 + Object.keys(GROUND[theme]).length);
    }
  });
  test('the scale colours unknown roles with the neutral fill', () => {
    expect(roleScale('dark')('nonsense')).toBe(GROUND.dark.land);
    expect(roleScale('light')('lead')).toBe(ROLE_COLOURS.lead);
  });
});

describe('paletteCss', () => {
  const css = paletteCss();
  const rule = (selector: string) => {
    const start = css.indexOf(`${selector}{`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    return css.slice(start + selector.length + 1, css.indexOf('}', start));
  };
  test('light on :root, dark by media query unless light is forced, and dark when forced', () => {
    const lines = css.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith(':root{')).toBe(true);
    expect(lines[1]!.startsWith('@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){')).toBe(
      true,
    );
    expect(lines[1]!.endsWith('}}')).toBe(true);
    expect(lines[2]!.startsWith(':root[data-theme="dark"]{')).toBe(true);
    expect(rule(':root')).toContain(`--op-sea:${GROUND.light.sea};`);
    expect(rule(':root[data-theme="dark"]')).toContain(`--op-sea:${GROUND.dark.sea};`);
    expect(rule(':root:not([data-theme="light"])')).toBe(rule(':root[data-theme="dark"]'));
    expect(rule(':root').split(';')).toEqual(
      Object.entries(cssVariables('light')).map(([k, v]) => `${k}:${v}`),
    );
  });
});
