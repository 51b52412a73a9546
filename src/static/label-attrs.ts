/**
 * A MapLibre symbol placement (`text-anchor`, `text-offset` in ems,
 * `text-max-width` 7 ems) as SVG text attributes. Long names wrap once at
 * the space nearest their middle, as MapLibre's line breaking does for
 * "United Kingdom" at this size.
 */
import { q } from './svg-markup.ts';

export interface LabelAttrs {
  readonly x: number;
  readonly y: number;
  readonly 'text-anchor': 'start' | 'middle' | 'end';
  readonly lines: readonly string[];
}

/** Names longer than this many characters wrap (7 ems of Noto Sans at 12.5 px). */
const MAX_CHARS = 13;
const LINE = 1.2;
/** Baseline below the top of a line box, in ems. */
const ASCENT = 0.95;

export function wrapName(name: string): string[] {
  if (name.length <= MAX_CHARS || !name.includes(' ')) return [name];
  const mid = name.length / 2;
  let best = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  return [name.slice(0, best), name.slice(best + 1)];
}

export function labelAttrs(name: string, anchor: string, offset: readonly [number, number], [px, py]: readonly [number, number], size: number): LabelAttrs {
  const lines = wrapName(name);
  const height = lines.length * LINE;
  const x = px + offset[0] * size;
  const top = anchor.startsWith('top') ? 0 : anchor.startsWith('bottom') ? -height : -height / 2;
  const y = py + offset[1] * size + (top + ASCENT) * size - (LINE - 1) * size / 2;
  const textAnchor = anchor.endsWith('left') ? 'start' : anchor.endsWith('right') ? 'end' : 'middle';
  return { x: q(x), y: q(y), 'text-anchor': textAnchor, lines };
}
