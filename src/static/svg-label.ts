/**
 * The static picture's text: a placed label (a country's, the hub's) at its anchor and offset, and the inset's
 * title in its frame's bottom-left corner, each with a halo painted under the fill. Pure.
 */
import type { Feature, Point } from 'geojson';
import { labelAttrs } from './label-attrs.ts';
import type { PixelFrame } from './pixel-frame.ts';
import { el, q, textEl } from './svg-markup.ts';

export type Labelled = Feature<Point, { name: string; anchor: string; offset: readonly [number, number] }>;

export interface LabelInk {
  readonly ink: string;
  readonly halo: string;
  /** The halo's reach beyond the glyph, px. */
  readonly haloWidth: number;
  readonly weight?: number;
}

/** A label's `<text>`, one `<tspan>` a line. */
export function svgLabel(
  frame: PixelFrame,
  f: Labelled,
  key: string,
  size: number,
  cls: string,
  { ink, halo, haloWidth, weight }: LabelInk,
): string {
  const at = frame.toPx(f.geometry.coordinates);
  const { lines, ...a } = labelAttrs(f.properties.name, f.properties.anchor, f.properties.offset, at, size);
  return el(
    'text',
    {
      class: cls,
      'data-key': key,
      ...a,
      'font-size': size,
      'font-weight': weight,
      fill: ink,
      stroke: halo,
      'stroke-width': haloWidth * 2,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    ...lines.map((line, i) => textEl('tspan', { x: a.x, dy: i ? '1.2em' : undefined }, line)),
  );
}

/** The inset's title, its last line 6 px above the frame's bottom and 6 px in from its left ('' for no title). */
export function insetTitleSvg(
  [left, bottom]: readonly [number, number],
  title: readonly string[],
  ink: string,
  halo: string,
): string {
  if (!title.length) return '';
  return el(
    'text',
    {
      class: 'inset-title',
      x: q(left + 6),
      y: q(bottom - 6 - (title.length - 1) * 13.8),
      'font-size': 11.5,
      fill: ink,
      stroke: halo,
      'stroke-width': 2.8,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    ...title.map((line, i) => textEl('tspan', { x: q(left + 6), dy: i ? '1.2em' : undefined }, line)),
  );
}
