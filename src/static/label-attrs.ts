/**
 * A MapLibre symbol placement (`text-anchor`, `text-offset` in ems,
 * `text-max-width` 7 ems) as SVG text attributes. Long names wrap once at
 * the space nearest their middle, as MapLibre's line breaking does for
 * "United Kingdom" at this size.
 */
import { q } from './svg-markup.ts';
import { wrapName } from '../geo/label-placement.ts';

export interface LabelAttrs {
  readonly x: number;
  readonly y: number;
  readonly 'text-anchor': 'start' | 'middle' | 'end';
  readonly lines: readonly string[];
}

const LINE = 1.2;
/** Baseline below the top of a line box, in ems. */
const ASCENT = 0.95;

export function labelAttrs(
  name: string,
  anchor: string,
  offset: readonly [number, number],
  [px, py]: readonly [number, number],
  size: number,
): LabelAttrs {
  const lines = wrapName(name);
  const height = lines.length * LINE;
  const x = px + offset[0] * size;
  const top = anchor.startsWith('top') ? 0 : anchor.startsWith('bottom') ? -height : -height / 2;
  const y = py + offset[1] * size + (top + ASCENT) * size - ((LINE - 1) * size) / 2;
  const textAnchor = anchor.endsWith('left') ? 'start' : anchor.endsWith('right') ? 'end' : 'middle';
  return { x: q(x), y: q(y), 'text-anchor': textAnchor, lines };
}
