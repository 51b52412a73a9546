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

/** A pattern tile as an SVG data URI (for CSS swatches), drawn from the same `inked()` grid. */
export function patternDataUri(kind: PatternKind): string {
  const rects: string[] = [];
  for (let y = 0; y < PATTERN_SIZE; y++) {
    for (let x = 0; x < PATTERN_SIZE; x++)
      if (inked(kind, x, y)) rects.push(`<rect x='${x}' y='${y}' width='1' height='1'/>`);
  }
  const a = (PATTERN_INK[3] / 255).toFixed(2);
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='${PATTERN_SIZE}' height='${PATTERN_SIZE}' shape-rendering='crispEdges' fill='rgba(0,0,0,${a})'>${rects.join('')}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** CSS giving each role's swatch its pattern: `.op-swatch--evidence { background-image: … }`. */
export function patternCss(): string {
  return (Object.entries(ROLE_PATTERNS) as [Role, PatternKind][])
    .filter(([, k]) => k !== 'solid' && k !== 'ring')
    .map(
      ([r, k]) =>
        `.op-swatch--${r}{background-image:${patternDataUri(k)};background-size:${PATTERN_SIZE}px ${PATTERN_SIZE}px}`,
    )
    .join('\n');
}
