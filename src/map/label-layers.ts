/**
 * The text: the placed overview labels and the hub's, the close-in labels
 * that take over a little past the overview zoom, the inset's title and the
 * context labels. Pure.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { GROUND, type Theme } from '../data/palette.ts';
import { HUB_LABEL_SIZE, LABEL_SIZE } from '../geo/label-size.ts';
import type { I18n } from '../i18n/i18n.ts';
import { perFeature } from './expressions.ts';
import { featureState as state, prop as get } from './feature-expressions.ts';
import { LAYER, MAP_FONT, MAP_FONT_BOLD, SRC } from './ids.ts';

/** A layer's zoom range (none: every zoom). */
export type ZoomRange = { readonly minzoom?: number; readonly maxzoom?: number };

/** `overviewRange`: where the placed labels show; `closeRange`: where the labels on the countries do. */
export function labelLayers(
  theme: Theme,
  i18n: I18n,
  overviewRange: ZoomRange,
  closeRange: ZoomRange,
): LayerSpecification[] {
  const g = GROUND[theme];
  // Every text layer varies its opacity by feature: one program per layer type (see perFeature()).
  const textPaint = (halo: number) => ({
    'text-color': g.ink,
    'text-halo-color': g.labelHalo,
    'text-halo-width': halo,
  });
  return [
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SRC.labels,
      ...overviewRange,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': LABEL_SIZE,
        'text-anchor': get('anchor'),
        'text-offset': get('offset'),
        'text-max-width': 7,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': g.ink,
        'text-halo-color': g.labelHalo,
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('dim'), 0.45, 1],
      },
    },
    {
      id: LAYER.hubLabel,
      type: 'symbol',
      source: SRC.hubLabel,
      ...overviewRange,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT_BOLD],
        'text-size': HUB_LABEL_SIZE,
        'text-anchor': get('anchor'),
        'text-offset': get('offset'),
        'text-allow-overlap': true,
      },
      paint: { ...textPaint(1.8), 'text-opacity': perFeature(1) },
    },
    {
      // Closer in, each label sits on its country (collision-checked by MapLibre) and the hub's beside its dot.
      id: LAYER.closeLabels,
      type: 'symbol',
      source: SRC.anchors,
      ...closeRange,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': LABEL_SIZE,
        'text-max-width': 7,
        'text-padding': 4,
      },
      paint: {
        'text-color': g.ink,
        'text-halo-color': g.labelHalo,
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('dim'), 0.45, 1] as never,
      },
    },
    {
      id: LAYER.closeHubLabel,
      type: 'symbol',
      source: SRC.hub,
      ...closeRange,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT_BOLD],
        'text-size': HUB_LABEL_SIZE,
        'text-anchor': 'left',
        'text-offset': [1, 0],
        'text-allow-overlap': true,
      },
      paint: { ...textPaint(1.8), 'text-opacity': perFeature(1) },
    },
    {
      id: LAYER.insetTitle,
      type: 'symbol',
      source: SRC.inset,
      filter: ['==', ['geometry-type'], 'Point'] as never,
      layout: {
        // English reads the geometry's own title (the style snapshot stays as it was); other languages set theirs.
        'text-field':
          i18n.lang === 'en' ? ['get', 'title'] : `${i18n.t('map.insetTitle')}\n${i18n.t('map.insetNote')}`,
        'text-font': [MAP_FONT],
        'text-size': 11.5,
        'text-anchor': 'bottom-left',
        'text-offset': [0.5, -0.4],
        'text-justify': 'left',
        'text-allow-overlap': true,
        'text-max-width': 20,
      },
      paint: { ...textPaint(1.4), 'text-color': g.muted, 'text-opacity': perFeature(1) },
    },
    {
      // Context: countries only an earlier strike colours (Spain, June 2017), shown while that strike is chosen
      // (map-state-sync makes it visible then: hidden, it costs no layout and no glyphs before the first frame).
      id: LAYER.context,
      type: 'symbol',
      source: SRC.context,
      layout: {
        visibility: 'none',
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': LABEL_SIZE,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': g.ink,
        'text-halo-color': g.labelHalo,
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('shown'), 1, 0] as never,
      },
    },
  ];
}
