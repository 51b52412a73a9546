import { describe, expect, test } from 'vitest';
import { contrastRatio, deltaE2000, deltaE2000Lab, hexToRgb, simulate } from '../../../src/a11y/colour-vision.ts';
import { GROUND, ROLE_COLOURS, THEMES } from '../../../src/data/palette.ts';

/** ΔE00 of 10 or more reads as clearly different colours. */
const MIN_DELTA = 10;
/** Roles that share the map: April 2018's, and June 2017's (lead and support). Support never sits beside the April roles. */
const SHOWN_TOGETHER = [['lead', 'evidence', 'servers', 'registrars', 'hub'], ['lead', 'support', 'hub']] as const;

describe('colour science', () => {
  // Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: pairs 1, 2, 3, 7, 17, 25, 26, 34.
  const SHARMA: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.0200], [50, 0, -82.7485], 3.4412],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.2630],
    [[2.0776, 0.0795, -1.1350], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  test.each(SHARMA)('CIEDE2000 matches Sharma et al.: %j vs %j is %d', (a, b, want) => {
    expect(deltaE2000Lab(a, b)).toBeCloseTo(want, 4);
    expect(deltaE2000Lab(b, a)).toBeCloseTo(want, 4);
  });
  test('CIEDE2000 through sRGB: zero for the same colour, about 100 from black to white', () => {
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
