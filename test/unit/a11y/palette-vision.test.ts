import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  deltaE2000,
  deltaE2000Lab,
  hexToRgb,
  simulate,
  toLab,
  type Lab,
} from '../../../src/a11y/colour-vision.ts';
import { GROUND, ROLE_COLOURS, THEMES } from '../../../src/data/palette.ts';

/** Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: L*a*b* pairs and ΔE00. */
const SHARMA: [Lab, Lab, number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
  [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
  [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1],
  [[50, -1.1848, -84.8006], [50, 0, -82.7485], 1],
  [[50, -0.9009, -85.5211], [50, 0, -82.7485], 1],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, -1, 2], [50, 0, 0], 2.3669],
  [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
  [[50, 2.49, -0.001], [50, -2.49, 0.001], 7.1792],
  [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
  [[50, 2.49, -0.001], [50, -2.49, 0.0012], 7.2195],
  [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
  [[50, -0.001, 2.49], [50, 0.001, -2.49], 4.8045],
  [[50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
  [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[50, 2.5, 0], [56, -27, -3], 31.903],
  [[50, 2.5, 0], [58, 24, 15], 19.4535],
  [[50, 2.5, 0], [50, 3.1736, 0.5854], 1],
  [[50, 2.5, 0], [50, 3.2972, 0], 1],
  [[50, 2.5, 0], [50, 1.8634, 0.5757], 1],
  [[50, 2.5, 0], [50, 3.2592, 0.335], 1],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
  [[61.2901, 3.7196, -5.3901], [61.4292, 2.248, -4.962], 1.8731],
  [[35.0831, -44.1164, 3.7933], [35.0232, -40.0716, 1.5901], 1.8645],
  [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  [[36.4612, 47.858, 18.3852], [36.2715, 50.5065, 21.2231], 1.4146],
  [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
  [[90.9257, -0.5406, -0.9208], [88.6381, -0.8985, -0.7239], 1.5381],
  [[6.7747, -0.2908, -2.4247], [5.8714, -0.0985, -2.2286], 0.6377],
  [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
];

/** ΔE00 of 10 or more reads as clearly different colours. */
const MIN_DELTA = 10;
/** Roles that share the map: April 2018's, and June 2017's (lead and support). Support never sits beside the April roles. */
const SHOWN_TOGETHER = [
  ['lead', 'evidence', 'servers', 'registrars', 'hub'],
  ['lead', 'support', 'hub'],
] as const;

describe('colour science', () => {
  test('CIEDE2000 matches all 34 reference pairs of Sharma, Wu & Dalal (2005), Table 1, to 1e-4, in both orders', () => {
    expect(SHARMA).toHaveLength(34);
    for (const [i, [lab1, lab2, want]] of SHARMA.entries()) {
      expect(deltaE2000Lab(lab1, lab2), `pair ${i + 1}`).toBeCloseTo(want, 4);
      expect(deltaE2000Lab(lab2, lab1), `pair ${i + 1} reversed`).toBeCloseTo(want, 4);
    }
    expect(deltaE2000([255, 255, 255], [255, 255, 255])).toBe(0);
  });
  test('sRGB to CIELAB (D65) gives the standard values of white, black and the primaries', () => {
    const cases: [[number, number, number], Lab][] = [
      [
        [255, 255, 255],
        [100, 0, 0],
      ],
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      [
        [255, 0, 0],
        [53.24, 80.09, 67.2],
      ],
      [
        [0, 255, 0],
        [87.73, -86.18, 83.18],
      ],
      [
        [0, 0, 255],
        [32.3, 79.19, -107.86],
      ],
    ];
    for (const [rgb, lab] of cases)
      toLab(rgb).forEach((v, k) => expect(v, `${rgb}[${k}]`).toBeCloseTo(lab[k]!, 1));
  });
  test('simulation keeps greys grey and changes red for protanopia', () => {
    const g = simulate([128, 128, 128], 'deuteranopia');
    expect(Math.abs(g[0] - g[1])).toBeLessThan(2);
    const red = simulate([255, 0, 0], 'protanopia');
    expect(red[0]).toBeLessThan(200);
  });
  test('contrast ratio of black on white is 21', () =>
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5));
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
        for (const bg of [g.paper, g.surface])
          expect(contrastRatio(hexToRgb(fg), hexToRgb(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
    test(`map labels reach 4.5:1 against their halo (${theme})`, () => {
      const g = GROUND[theme];
      expect(contrastRatio(hexToRgb(g.ink), hexToRgb(g.labelHalo))).toBeGreaterThanOrEqual(4.5);
    });
  }
});
