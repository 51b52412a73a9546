import { describe, expect, test } from 'vitest';
import { contrastRatio, deltaE2000, hexToRgb, simulate } from '../../../src/a11y/colour-vision.ts';
import { GROUND, ROLE_COLOURS, THEMES } from '../../../src/data/palette.ts';

/** ΔE00 of 10 or more reads as clearly different colours. */
const MIN_DELTA = 10;
/** Roles that share the map: April 2018's, and June 2017's (lead and support). Support never sits beside the April roles. */
const SHOWN_TOGETHER = [['lead', 'evidence', 'servers', 'registrars', 'hub'], ['lead', 'support', 'hub']] as const;

describe('colour science', () => {
  test('CIEDE2000 matches the Sharma et al. reference pair within rounding', () => {
    expect(deltaE2000([255, 255, 255], [255, 255, 255])).toBe(0);
    expect(deltaE2000([0, 0, 0], [255, 255, 255])).toBeCloseTo(100, 0);
  });
  test('simulation keeps greys grey and changes red for protanopia', () => {
    const g = simulate([128, 128, 128], 'deuteranopia');
    expect(Math.abs(g[0] - g[1])).toBeLessThan(2);
    const red = simulate([255, 0, 0], 'protanopia');
    expect(red[0]).toBeLessThan(200);
  });
  test('contrast ratio of black on white is 21', () => expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5));
});

describe('the role palette', () => {
  for (const type of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
    test(`keeps every pair of roles shown together, and each role against the grey land, at least ΔE00 ${MIN_DELTA} apart (${type})`, () => {
      const sim = (hex: string) => (type === 'normal' ? hexToRgb(hex) : simulate(hexToRgb(hex), type));
      for (const group of SHOWN_TOGETHER) {
      const roles = group.map((r) => [r, ROLE_COLOURS[r]] as const);
      for (let i = 0; i < roles.length; i++) {
        for (let j = i + 1; j < roles.length; j++) {
          const d = deltaE2000(sim(roles[i]![1]), sim(roles[j]![1]));
          expect(d, `${roles[i]![0]} vs ${roles[j]![0]}`).toBeGreaterThanOrEqual(MIN_DELTA);
        }
        for (const theme of THEMES) {
          const d = deltaE2000(sim(roles[i]![1]), sim(GROUND[theme].land));
          expect(d, `${roles[i]![0]} vs ${theme} land`).toBeGreaterThanOrEqual(MIN_DELTA);
        }
      }
      }
    });
  }

});

describe('text contrast (WCAG 2.2 AA)', () => {
  for (const theme of THEMES) {
    test(`body, muted and link text reach 4.5:1 on paper and surface (${theme})`, () => {
      const g = GROUND[theme];
      for (const fg of [g.ink, g.muted, g.accent]) {
        for (const bg of [g.paper, g.surface]) expect(contrastRatio(hexToRgb(fg), hexToRgb(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
    test(`map labels reach 4.5:1 against their halo (${theme})`, () => {
      const g = GROUND[theme];
      expect(contrastRatio(hexToRgb(g.ink), hexToRgb(g.labelHalo))).toBeGreaterThanOrEqual(4.5);
    });
  }
});
