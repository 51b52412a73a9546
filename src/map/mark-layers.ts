/** The story's marks over the land: the labels' leader lines, the spokes from the hub, and the hub dot. Pure. */
import type { LayerSpecification } from 'maplibre-gl';
import { GROUND, ROLE_COLOURS, type Theme } from '../data/palette.ts';
import { perFeature, SOLID } from './expressions.ts';
import { featureState as state } from './feature-expressions.ts';
import { LAYER, SRC } from './ids.ts';

/** A layer's zoom range (none: every zoom). */
export type ZoomRange = { readonly minzoom?: number; readonly maxzoom?: number };

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
    {
      id: LAYER.hubHalo,
      type: 'circle',
      source: SRC.hub,
      paint: {
        'circle-radius': ['case', state('selected'), 13, state('hover'), 11, 9],
        'circle-color': g.paper,
        'circle-opacity': 0.9,
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: LAYER.hub,
      type: 'circle',
      source: SRC.hub,
      paint: {
        'circle-radius': perFeature(6),
        'circle-color': ROLE_COLOURS.hub,
        'circle-stroke-color': g.highlight,
        'circle-stroke-width': ['case', state('selected'), 2, 0],
      },
    },
  ];
}
