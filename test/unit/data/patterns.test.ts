import { OPERATIONS } from '../../../src/data/registry.ts';
import { describe, expect, test } from 'vitest';
import {
  PATTERN_INK,
  PATTERN_SIZE,
  ROLE_PATTERNS,
  inked,
  patternCss,
  patternDataUri,
  patternImage,
} from '../../../src/data/patterns.ts';
import { ROLES } from '../../../src/data/types.ts';

const signature = (kind: Parameters<typeof inked>[0]) =>
  Array.from({ length: PATTERN_SIZE * PATTERN_SIZE }, (_, i) =>
    inked(kind, i % PATTERN_SIZE, Math.floor(i / PATTERN_SIZE)) ? 1 : 0,
  ).join('');

describe('role patterns', () => {
  test('every role has a pattern, and the country roles each operation shows together have pairwise different ones', () => {
    for (const r of ROLES) expect(ROLE_PATTERNS[r], r).toBeDefined();
    for (const op of OPERATIONS) {
      const countryRoles = op.roles.map((r) => r.role).filter((r) => r !== 'hub');
      const sigs = countryRoles.map((r) => signature(ROLE_PATTERNS[r]));
      expect(new Set(sigs).size, op.slug).toBe(countryRoles.length);
    }
  });
  test('patterned tiles carry ink; the solid one is empty', () => {
    const ink = (k: Parameters<typeof patternImage>[0]) =>
      patternImage(k).data.filter((_, i) => i % 4 === 3 && _ > 0).length;
    expect(ink('solid')).toBe(0);
    for (const k of ['diagonal', 'dots', 'horizontal'] as const) expect(ink(k)).toBeGreaterThan(4);
  });
  test('tiles scale with the pixel ratio', () => {
    const img = patternImage('diagonal', 2);
    expect(img.width).toBe(PATTERN_SIZE * 2);
    expect(img.data.length).toBe(img.width * img.height * 4);
  });
});

/** A tile as the reader sees it: one text row per pixel row, `#` where it is inked. */
const picture = (kind: Parameters<typeof inked>[0]) =>
  Array.from({ length: PATTERN_SIZE }, (_, y) =>
    Array.from({ length: PATTERN_SIZE }, (_, x) => (inked(kind, x, y) ? '#' : '.')).join(''),
  );
/** The same from an RGBA image: `#` where a pixel is inked with the pattern ink. */
const imagePicture = ({ width, data }: { width: number; data: Uint8Array }) =>
  Array.from({ length: width }, (_, y) =>
    Array.from({ length: width }, (_, x) => {
      const px = [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 4)];
      if (px.every((v) => v === 0)) return '.';
      expect(px).toEqual([...PATTERN_INK]);
      return '#';
    }).join(''),
  );

describe('the pattern tiles', () => {
  test('evidence: diagonal lines two pixels wide; servers: a checker of 2 × 2 dots; registrars: a line every 4 px', () => {
    expect(picture(ROLE_PATTERNS.evidence)).toEqual([
      '##......',
      '#......#',
      '......##',
      '.....##.',
      '....##..',
      '...##...',
      '..##....',
      '.##.....',
    ]);
    expect(picture(ROLE_PATTERNS.servers)).toEqual([
      '........',
      '.##.....',
      '.##.....',
      '........',
      '........',
      '.....##.',
      '.....##.',
      '........',
    ]);
    expect(picture(ROLE_PATTERNS.registrars)).toEqual([
      '########',
      '........',
      '........',
      '........',
      '########',
      '........',
      '........',
      '........',
    ]);
  });

  // Since issue 16 support is dotted (June 2017: the US beside Spain's lead) and arrest diagonal; referral is plain.
  test('the lead, referral and the hub are plain: no ink anywhere', () => {
    for (const role of ['lead', 'referral', 'hub'] as const) {
      expect(picture(ROLE_PATTERNS[role]).join(''), role).not.toContain('#');
      expect(inked(ROLE_PATTERNS[role], 0, 0)).toBe(false);
    }
    expect(ROLE_PATTERNS.hub).toBe('ring');
    expect(ROLE_PATTERNS.lead).toBe('solid');
  });

  test('the MapLibre image draws the same tile in the pattern ink, each cell a square of pixelRatio pixels', () => {
    for (const kind of ['diagonal', 'dots', 'horizontal'] as const) {
      const one = patternImage(kind);
      expect(one.width).toBe(PATTERN_SIZE);
      expect(one.height).toBe(PATTERN_SIZE);
      expect(imagePicture(one)).toEqual(picture(kind));
      const two = patternImage(kind, 2);
      expect(two.height).toBe(PATTERN_SIZE * 2);
      expect(imagePicture(two)).toEqual(
        picture(kind)
          .flatMap((row) => [...row].map((c) => c + c).join(''))
          .flatMap((r) => [r, r]),
      );
    }
    expect(PATTERN_INK).toEqual([0, 0, 0, 115]);
  });

  test('the CSS swatch draws the same tile: one 1 × 1 rect per inked cell, in the ink at its opacity', () => {
    for (const kind of ['diagonal', 'dots', 'horizontal'] as const) {
      const uri = patternDataUri(kind);
      expect(uri.startsWith('url("data:image/svg+xml,')).toBe(true);
      const svg = decodeURIComponent(uri.slice('url("data:image/svg+xml,'.length, -2));
      expect(svg).toContain(`width='${PATTERN_SIZE}' height='${PATTERN_SIZE}'`);
      expect(svg).toContain("fill='rgba(0,0,0,0.45)'");
      const cells = [...svg.matchAll(/<rect x='(\d+)' y='(\d+)' width='1' height='1'\/>/g)].map(
        (m) => [Number(m[1]), Number(m[2])] as const,
      );
      const grid = Array.from({ length: PATTERN_SIZE }, (_, y) =>
        Array.from({ length: PATTERN_SIZE }, (_, x) =>
          cells.some(([cx, cy]) => cx === x && cy === y) ? '#' : '.',
        ).join(''),
      );
      expect(grid).toEqual(picture(kind));
      // Nothing else in the tile: exactly one rect per inked cell.
      expect(cells).toHaveLength(picture(kind).join('').replace(/\./g, '').length);
      expect(svg.replace(/<rect x='\d+' y='\d+' width='1' height='1'\/>/g, '')).toMatch(
        /^<svg [^>]*><\/svg>$/,
      );
    }
  });

  test('patternCss gives each patterned role its swatch, at the tile size, and nothing to the plain ones', () => {
    const css = patternCss();
    const rules = css.split('\n');
    expect(rules).toHaveLength(5);
    for (const role of ['evidence', 'servers', 'registrars', 'support', 'arrest'] as const) {
      const rule = rules.find((r) => r.startsWith(`.op-swatch--${role}{`));
      expect(rule, role).toBe(
        `.op-swatch--${role}{background-image:${patternDataUri(ROLE_PATTERNS[role])};background-size:${PATTERN_SIZE}px ${PATTERN_SIZE}px}`,
      );
    }
    for (const role of ['lead', 'referral', 'hub']) expect(css).not.toContain(`--${role}{`);
  });
});
