/** The story's marks over the land: the labels' leader lines, the spokes from the hub, and the hub dot. Pure. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { GROUND, ROLE_COLOURS, type Theme } from '../data/palette.ts';
import { perFeature, SOLID } from './expressions.ts';
import { featureState as state } from './feature-expressions.ts';
import { HUB_MARK_FILTER } from './hub-marks.ts';
import { LAYER, SRC } from './ids.ts';

/** A layer's zoom range (none: every zoom). */
export type ZoomRange = { readonly minzoom?: number; readonly maxzoom?: number };

type HubPaint = {
  'line-color': ExpressionSpecification;
  'line-width': ExpressionSpecification;
  'line-opacity': ExpressionSpecification;
};

/**
 * The width of a round-capped line that draws a disc of radius r as MapLibre's circle layer did. A line's edge is
 * softened across its edge (± half a device pixel), a circle's inside it (one device pixel): a line 2r − 0.75 px
 * wide ends where the circle did to within a quarter of a device pixel at a device pixel ratio of 1 or 2.
 */
const disc = (r: number) => 2 * r - 0.75;

/** A line layer of the hub's marks: colour, width and opacity per feature and a dash pattern, as every line layer. */
const hubLayer = (id: string, paint: HubPaint): LayerSpecification => ({
  id,
  type: 'line',
  source: SRC.hub,
  filter: HUB_MARK_FILTER,
  layout: { 'line-cap': 'round' },
  paint: { ...paint, 'line-dasharray': SOLID },
});

/** `overviewRange`: the zooms the placed labels (label-overlay.ts) and so their leaders show at. */
export function markLayers(theme: Theme, overviewRange: ZoomRange): LayerSpecification[] {
  const g = GROUND[theme];
  return [
    {
      id: LAYER.leaders,
      type: 'line',
      source: SRC.leaders,
      ...overviewRange,
      paint: {
        'line-color': perFeature(g.ink),
        'line-width': perFeature(0.8),
        'line-opacity': ['case', state('dim'), 0.3, 0.75] as never,
        'line-dasharray': SOLID,
      },
    },
    {
      id: LAYER.spokes,
      type: 'line',
      source: SRC.spokes,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(g.spoke),
        'line-width': ['case', state('selected'), 2.4, 1.2],
        'line-opacity': ['case', state('selected'), 0.95, state('dim'), 0.15, 0.55],
        'line-dasharray': [2, 1.5],
      },
    },
    // The hub: halo, selection ring and dot, as round-capped lines of (almost) no length (hub-marks.ts), so no circle
    // program is compiled: a line's width is the disc's diameter (disc()). The halo's radius is 9 (11 hovered, 13
    // selected), the dot's 6, with a 2 px ring round it when selected (a wider disc under the dot).
    hubLayer(LAYER.hubHalo, {
      'line-color': perFeature(g.paper),
      'line-width': ['case', state('selected'), disc(13), state('hover'), disc(11), disc(9)],
      'line-opacity': perFeature(0.9),
    }),
    hubLayer(LAYER.hubRing, {
      'line-color': perFeature(g.highlight),
      'line-width': ['case', state('selected'), disc(8), 0],
      'line-opacity': ['case', state('selected'), 1, 0],
    }),
    hubLayer(LAYER.hub, {
      'line-color': perFeature(ROLE_COLOURS.hub),
      'line-width': perFeature(disc(6)),
      'line-opacity': perFeature(1),
    }),
  ];
}
