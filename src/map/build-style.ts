/**
 * The whole MapLibre style as data: no tile server, no glyph server, no
 * sprite, no text (the labels are HTML over the canvas: label-overlay.ts).
 * Role colour is data-driven; hover, selection and the legend filter are
 * feature-state. The parts: style-sources.ts, ground-layers.ts, mark-layers.ts.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../data/palette.ts';
import type { Attack } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { groundLayers } from './ground-layers.ts';
import { CLOSE_AFTER } from './ids.ts';
import { markLayers } from './mark-layers.ts';
import { styleSources } from './style-sources.ts';

export interface StyleOptions {
  /**
   * The zoom that frames the overview in the map's box (mount-map asks MapLibre before the style loads): the
   * placed labels' leaders show up to a little past it (the HTML labels hand over there too). Set in the style
   * itself, the range needs no second layout of the leaders after 'load'.
   */
  readonly overviewZoom?: number;
}

export function buildStyle(
  data: MapViewData,
  theme: Theme,
  attacks: readonly Attack[] = [],
  locale = 'en-GB',
  options: StyleOptions = {},
): StyleSpecification {
  const z = options.overviewZoom;
  // The overview's leaders up to CLOSE_AFTER past the overview zoom, as its placed labels.
  // (minzoom 0 spelt out: mount-map's setLayerZoomRange() then finds nothing to change.)
  const overviewRange = z === undefined ? {} : { minzoom: 0, maxzoom: z + CLOSE_AFTER };
  return {
    version: 8,
    name: `takedown-map-${theme}`,
    sources: styleSources(data, attacks, locale),
    // No background layer: the sea is the map box's own background (var(--op-sea), app.css) through the
    // transparent canvas, the same colour from the same palette. A background layer would cost a shader program
    // of its own and a full-screen fill in every frame (bench/results.md, "Branch perf-ready").
    layers: [
      ...groundLayers(theme),
      ...markLayers(theme, overviewRange),
      // The claimed attacks' layers (story-layers.ts) are added on top when the reader first turns them on.
    ],
  };
}
