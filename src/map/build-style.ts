/**
 * The whole MapLibre style as data: no tile server, no glyph server, no
 * sprite; labels drawn locally from a bundled font (font-faces). Role colour
 * is data-driven; hover, selection and the legend filter are feature-state.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { GROUND, ROLE_COLOURS, type Theme } from '../data/palette.ts';
import type { Attack } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { rolePatternExpression, strikeFillExpression } from './expressions.ts';
import { LAYER, MAP_FONT, MAP_FONT_BOLD, MAX_ZOOM, SRC } from './ids.ts';
import { HUB_LABEL_SIZE, LABEL_SIZE } from '../geo/label-placement.ts';
import { PATTERNED_ROLES } from './patterns.ts';
import { attackLayers, attackSource } from './story-layers.ts';

export interface FontUrls {
  regular: string;
  bold: string;
}

const part = (p: 'main' | 'inset'): ExpressionSpecification => ['==', ['get', 'part'], p];
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const get = (key: string): ExpressionSpecification => ['get', key];

/** Each participant's label point on its country (where the close-in labels go). */
export const anchorPoints = (data: MapViewData): FeatureCollection<Point, { key: string; name: string }> => ({
  type: 'FeatureCollection',
  features: data.labels.features.map((f) => ({
    type: 'Feature',
    properties: { key: f.properties.key, name: f.properties.name },
    geometry: { type: 'Point', coordinates: [...f.properties.at] },
  })),
});

export function buildStyle(
  data: MapViewData,
  theme: Theme,
  fonts: FontUrls,
  attacks: readonly Attack[] = [],
): StyleSpecification {
  const g = GROUND[theme];
  const fill = strikeFillExpression(theme);
  const fillLayer = (id: string, p: 'main' | 'inset'): LayerSpecification => ({
    id,
    type: 'fill',
    source: SRC.countries,
    filter: part(p),
    paint: {
      'fill-color': fill,
      'fill-opacity': ['case', state('selected'), 1, state('hover'), 0.92, state('dim'), 0.3, 1],
    },
  });
  const patternLayer = (id: string, p: 'main' | 'inset'): LayerSpecification => ({
    id,
    type: 'fill',
    source: SRC.countries,
    filter: ['all', part(p), ['in', ['coalesce', ['get', 'role'], ''], ['literal', [...PATTERNED_ROLES]]]],
    // Patterns belong to the April 2018 roles: hidden where the selectors say so (an earlier strike recolours the map).
    paint: {
      'fill-pattern': rolePatternExpression(),
      'fill-opacity': ['case', ['==', ['feature-state', 'patterned'], false], 0, state('dim'), 0.3, 1],
    },
  });
  return {
    version: 8,
    name: `takedown-map-${theme}`,
    'font-faces': {
      [MAP_FONT]: [{ url: fonts.regular, 'unicode-range': ['U+0000-00FF', 'U+0100-017F'] }],
      [MAP_FONT_BOLD]: [{ url: fonts.bold, 'unicode-range': ['U+0000-00FF', 'U+0100-017F'] }],
    },
    sources: {
      // Tiled to the zoom cap, so the fine outlines are not simplified further at the closest zoom.
      [SRC.countries]: {
        type: 'geojson',
        data: data.countries,
        promoteId: 'key',
        maxzoom: MAX_ZOOM,
        buffer: 64,
      },
      [SRC.borders]: { type: 'geojson', data: data.borders, maxzoom: MAX_ZOOM, buffer: 64 },
      [SRC.inset]: { type: 'geojson', data: data.insetFrame, maxzoom: 6 },
      [SRC.spokes]: { type: 'geojson', data: data.spokes, promoteId: 'key', maxzoom: 6 },
      [SRC.hub]: { type: 'geojson', data: data.hub, promoteId: 'key', maxzoom: 6 },
      [SRC.labels]: { type: 'geojson', data: data.labels, promoteId: 'key', maxzoom: 6 },
      [SRC.leaders]: { type: 'geojson', data: data.leaders, promoteId: 'key', maxzoom: 6 },
      [SRC.hubLabel]: { type: 'geojson', data: data.hubLabel, promoteId: 'key', maxzoom: 6 },
      [SRC.context]: { type: 'geojson', data: data.context, promoteId: 'key', maxzoom: 6 },
      [SRC.anchors]: { type: 'geojson', data: anchorPoints(data), promoteId: 'key', maxzoom: 6 },
      [SRC.attacks]: attackSource(attacks),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': g.sea } },
      fillLayer(LAYER.fill, 'main'),
      patternLayer(LAYER.pattern, 'main'),
      {
        id: LAYER.borders,
        type: 'line',
        source: SRC.borders,
        filter: part('main'),
        paint: { 'line-color': g.border, 'line-width': 0.6 },
      },
      { id: LAYER.insetBackground, type: 'fill', source: SRC.inset, paint: { 'fill-color': g.sea } },
      fillLayer(LAYER.insetFill, 'inset'),
      patternLayer(LAYER.insetPattern, 'inset'),
      {
        id: LAYER.insetBorders,
        type: 'line',
        source: SRC.borders,
        filter: part('inset'),
        paint: { 'line-color': g.border, 'line-width': 0.6 },
      },
      {
        id: LAYER.insetFrame,
        type: 'line',
        source: SRC.inset,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'line-color': g.muted, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.outline,
        type: 'line',
        source: SRC.countries,
        filter: ['!=', ['get', 'role'], null],
        paint: {
          'line-color': ['case', state('selected'), g.highlight, state('hover'), g.highlight, g.border],
          'line-width': ['case', state('selected'), 2.5, state('hover'), 1.5, 0.8],
        },
      },
      {
        id: LAYER.leaders,
        type: 'line',
        source: SRC.leaders,
        paint: {
          'line-color': g.ink,
          'line-width': 0.8,
          'line-opacity': ['case', state('dim'), 0.3, 0.75] as never,
        },
      },
      {
        id: LAYER.spokes,
        type: 'line',
        source: SRC.spokes,
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': g.spoke,
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
        },
      },
      {
        id: LAYER.hub,
        type: 'circle',
        source: SRC.hub,
        paint: {
          'circle-radius': 6,
          'circle-color': ROLE_COLOURS.hub,
          'circle-stroke-color': g.highlight,
          'circle-stroke-width': ['case', state('selected'), 2, 0],
        },
      },
      // The claimed attacks sit under the labels: symbols higher in the stack are placed first, so the attacks' labels avoid them.
      ...attackLayers(theme),
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SRC.labels,
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
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT_BOLD],
          'text-size': HUB_LABEL_SIZE,
          'text-anchor': get('anchor'),
          'text-offset': get('offset'),
          'text-allow-overlap': true,
        },
        paint: { 'text-color': g.ink, 'text-halo-color': g.labelHalo, 'text-halo-width': 1.8 },
      },
      {
        // Closer in, each label sits on its country (collision-checked by MapLibre) and the hub's beside its dot.
        id: LAYER.closeLabels,
        type: 'symbol',
        source: SRC.anchors,
        minzoom: 24,
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
        minzoom: 24,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT_BOLD],
          'text-size': HUB_LABEL_SIZE,
          'text-anchor': 'left',
          'text-offset': [1, 0],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': g.ink, 'text-halo-color': g.labelHalo, 'text-halo-width': 1.8 },
      },
      {
        id: LAYER.insetTitle,
        type: 'symbol',
        source: SRC.inset,
        filter: ['==', ['geometry-type'], 'Point'] as never,
        layout: {
          'text-field': ['get', 'title'],
          'text-font': [MAP_FONT],
          'text-size': 11.5,
          'text-anchor': 'bottom-left',
          'text-offset': [0.5, -0.4],
          'text-justify': 'left',
          'text-allow-overlap': true,
          'text-max-width': 20,
        },
        paint: { 'text-color': g.muted, 'text-halo-color': g.labelHalo, 'text-halo-width': 1.4 },
      },
      {
        // Context: countries only an earlier strike colours (Spain, June 2017), shown while that strike is chosen.
        id: LAYER.context,
        type: 'symbol',
        source: SRC.context,
        layout: {
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
    ],
  };
}
