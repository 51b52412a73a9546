import { OPERATIONS } from '../../../src/data/registry.ts';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  PATTERN_INK,
  PATTERN_SIZE,
  ROLE_PATTERNS,
  inked,
  patternCss,
  patternDataUri,
  patternImage,
  patternPng,
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

  test('the CSS swatch is a PNG of the same tile: the image’s pixels, valid chunks, checksums', () => {
    for (const kind of ['diagonal', 'dots', 'horizontal'] as const) {
      const uri = patternDataUri(kind);
      expect(uri.startsWith('url("data:image/png;base64,')).toBe(true);
      const png = Buffer.from(uri.slice('url("data:image/png;base64,'.length, -2), 'base64');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(Buffer.from(patternPng(kind)).equals(png)).toBe(true);
      const chunks: { type: string; data: Buffer }[] = [];
      for (let at = 8; at < png.length;) {
        const len = png.readUInt32BE(at);
        const type = png.toString('latin1', at + 4, at + 8);
        const data = png.subarray(at + 8, at + 8 + len);
        // Each chunk's CRC covers its type and data (zlib's crc32 is PNG's).
        expect(png.readUInt32BE(at + 8 + len), type).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
        chunks.push({ type, data });
        at += 12 + len;
      }
      expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
      const ihdr = chunks[0]!.data;
      expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([
        PATTERN_SIZE,
        PATTERN_SIZE,
        8,
        6,
        0,
        0,
        0,
      ]);
      // inflateSync checks the zlib header and Adler-32.
      const raw = inflateSync(chunks[1]!.data);
      const row = 1 + PATTERN_SIZE * 4;
      expect(raw.length).toBe(PATTERN_SIZE * row);
      const pixels = new Uint8Array(PATTERN_SIZE * PATTERN_SIZE * 4);
      for (let y = 0; y < PATTERN_SIZE; y++) {
        expect(raw[y * row], 'filter byte').toBe(0);
        pixels.set(raw.subarray(y * row + 1, (y + 1) * row), y * PATTERN_SIZE * 4);
      }
      expect(pixels).toEqual(patternImage(kind).data);
      expect(imagePicture({ width: PATTERN_SIZE, data: pixels })).toEqual(picture(kind));
    }
  });

  test('patternCss gives each patterned role its swatch, at the tile size, and nothing to the plain ones', () => {
    const css = patternCss();
    const rules = css.split('\n');
    expect(rules).toHaveLength(5);
    for (const role of ['evidence', 'servers', 'registrars', 'support', 'arrest'] as const) {
      const rule = rules.find((r) => r.startsWith(`.op-swatch--${role}{`));
      expect(rule, role).toBe(
        `.op-swatch--${role}{background-image:${patternDataUri(ROLE_PATTERNS[role])};background-size:${PATTERN_SIZE}px ${PATTERN_SIZE}px;image-rendering:pixelated}`,
      );
    }
    for (const role of ['lead', 'referral', 'hub']) expect(css).not.toContain(`--${role}{`);
  });
});
