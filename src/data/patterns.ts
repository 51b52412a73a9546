/**
 * The second cue for roles, so the encoding survives colour-blindness and
 * greyscale print: each role but the lead gets a line pattern drawn over its
 * colour. The same definitions feed the MapLibre pattern images, the CSS
 * swatches and the static SVG.
 */
import type { Role } from './vocabulary.ts';

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'ring';

export const ROLE_PATTERNS: Readonly<Record<Role, PatternKind>> = {
  lead: 'solid',
  evidence: 'diagonal',
  servers: 'dots',
  registrars: 'horizontal',
  /** June 2017: the US, beside Spain's lead. */
  support: 'dots',
  /** October 2018: the six referral units, beside the hub only. */
  referral: 'solid',
  /** November 2019: Spain's arrest, beside Belgium's lead. */
  arrest: 'diagonal',
  hub: 'ring',
};

/** Size of one pattern tile in CSS pixels. */
export const PATTERN_SIZE = 8;
/** Ink of the pattern lines: dark, half transparent, readable on every role colour. */
export const PATTERN_INK: readonly [number, number, number, number] = [0, 0, 0, 115];

/** Is pixel (x, y) of a tile inked for this pattern? */
export function inked(kind: PatternKind, x: number, y: number): boolean {
  switch (kind) {
    case 'diagonal':
      return (x + y) % PATTERN_SIZE < 2;
    case 'dots':
      // A 2 × 2 dot in the middle of every other 4 × 4 cell, checkerwise.
      return (
        (x % 4 === 1 || x % 4 === 2) &&
        (y % 4 === 1 || y % 4 === 2) &&
        Math.floor(x / 4) % 2 === Math.floor(y / 4) % 2
      );
    case 'horizontal':
      return y % 4 === 0;
    default:
      return false;
  }
}

/** An RGBA tile for MapLibre's addImage. */
export function patternImage(
  kind: PatternKind,
  pixelRatio = 1,
): { width: number; height: number; data: Uint8Array } {
  const size = PATTERN_SIZE * pixelRatio;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!inked(kind, Math.floor(x / pixelRatio), Math.floor(y / pixelRatio))) continue;
      data.set(PATTERN_INK, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** CRC-32 (PNG's, polynomial 0xedb88320) of `bytes`. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Adler-32 (zlib's checksum) of `bytes`. */
function adler32(bytes: Uint8Array): number {
  let a = 1,
    b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/**
 * A pattern tile as an RGBA PNG (bytes): `patternImage()`'s pixels, each row
 * behind filter byte 0, in one stored (uncompressed) deflate block. A bitmap,
 * so the browser decodes it as an image; an SVG swatch built an SVG document
 * per pattern in the page's first style recalc (47–76 ms on the phone profile).
 */
export function patternPng(kind: PatternKind): Uint8Array {
  const { width, height, data } = patternImage(kind);
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++)
    raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  const n = raw.length;
  const zlib = new Uint8Array([
    0x78,
    0x01,
    1,
    n & 255,
    n >>> 8,
    ~n & 255,
    (~n >>> 8) & 255,
    ...raw,
    ...u32(adler32(raw)),
  ]);
  // IHDR: width, height, bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace.
  const ihdr = new Uint8Array([...u32(width), ...u32(height), 8, 6, 0, 0, 0]);
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('IDAT', zlib),
    ...pngChunk('IEND', new Uint8Array()),
  ]);
}

/** A pattern tile as a PNG data URI (for CSS swatches), drawn from the same `inked()` grid. */
export function patternDataUri(kind: PatternKind): string {
  const bin = String.fromCharCode(...patternPng(kind));
  return `url("data:image/png;base64,${btoa(bin)}")`;
}

/** CSS giving each role's swatch its pattern: `.op-swatch--evidence { background-image: … }`. */
export function patternCss(): string {
  return (Object.entries(ROLE_PATTERNS) as [Role, PatternKind][])
    .filter(([, k]) => k !== 'solid' && k !== 'ring')
    .map(
      ([r, k]) =>
        `.op-swatch--${r}{background-image:${patternDataUri(k)};background-size:${PATTERN_SIZE}px ${PATTERN_SIZE}px;image-rendering:pixelated}`,
    )
    .join('\n');
}
