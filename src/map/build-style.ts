/**
 * The whole MapLibre style as data: no tile server, no glyph server, no
 * sprite; labels drawn locally from a bundled font (font-faces). Role colour
 * is data-driven; hover, selection and the legend filter are feature-state.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { GROUND, ROLE_COLOURS, type Theme } from '../data/palette.ts';
import type { Attack } from '../data/types.ts';
import type { MapData } from '../geo/build-map-data.ts';
import { rolePatternExpression, strikeFillExpression } from './expressions.ts';
import { LAYER, MAP_FONT, MAP_FONT_BOLD, SRC } from './ids.ts';
import { PATTERNED_ROLES } from './patterns.ts';
import { attackLayers, attackSource } from './story-layers.ts';

export interface FontUrls { regular: string; bold: string }

const part = (p: 'main' | 'inset'): ExpressionSpecification => ['==', ['get', 'part'], p];
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const get = (key: string): ExpressionSpecification => ['get', key];

export function buildStyle(data: MapData, theme: Theme, fonts: FontUrls, attacks: readonly Attack[] = []): StyleSpecification {
  const g = GROUND[theme];
  const fill = strikeFillExpression(theme);
  const fillLayer = (id: string, p: 'main' | 'inset'): LayerSpecification => ({
    id, type: 'fill', source: SRC.countries, filter: part(p),
    paint: {
      'fill-color': fill,
      'fill-opacity': ['case', state('selected'), 1, state('hover'), 0.92, state('dim'), 0.3, 1],
    },
  });
  const patternLayer = (id: string, p: 'main' | 'inset'): LayerSpecification => ({
    id, type: 'fill', source: SRC.countries,
    filter: ['all', part(p), ['in', ['coalesce', ['get', 'role'], ''], ['literal', [...PATTERNED_ROLES]]]],
    // Patterns belong to the April 2018 roles: hidden where the selectors say so (an earlier strike recolours the map).
    paint: { 'fill-pattern': rolePatternExpression(), 'fill-opacity': ['case', ['==', ['feature-state', 'patterned'], false], 0, state('dim'), 0.3, 1] },
  });
  return {
    version: 8,
    name: `takedown-map-${theme}`,
    'font-faces': {
      [MAP_FONT]: [{ url: fonts.regular, 'unicode-range': ['U+0000-00FF', 'U+0100-017F'] }],
      [MAP_FONT_BOLD]: [{ url: fonts.bold, 'unicode-range': ['U+0000-00FF', 'U+0100-017F'] }],
    },
    sources: {
      [SRC.countries]: { type: 'geojson', data: data.countries, promoteId: 'key', maxzoom: 6, buffer: 64 },
      [SRC.borders]: { type: 'geojson', data: data.borders, maxzoom: 6, buffer: 64 },
      [SRC.inset]: { type: 'geojson', data: data.insetFrame, maxzoom: 6 },
      [SRC.spokes]: { type: 'geojson', data: data.spokes, promoteId: 'key', maxzoom: 6 },
      [SRC.hub]: { type: 'geojson', data: data.hub, promoteId: 'key', maxzoom: 6 },
      [SRC.labels]: { type: 'geojson', data: data.labels, promoteId: 'key', maxzoom: 6 },
      [SRC.attacks]: attackSource(attacks),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': g.sea } },
      fillLayer(LAYER.fill, 'main'),
      patternLayer(LAYER.pattern, 'main'),
      { id: LAYER.borders, type: 'line', source: SRC.borders, filter: part('main'), paint: { 'line-color': g.border, 'line-width': 0.6 } },
      { id: LAYER.insetBackground, type: 'fill', source: SRC.inset, paint: { 'fill-color': g.sea } },
      fillLayer(LAYER.insetFill, 'inset'),
      patternLayer(LAYER.insetPattern, 'inset'),
      { id: LAYER.insetBorders, type: 'line', source: SRC.borders, filter: part('inset'), paint: { 'line-color': g.border, 'line-width': 0.6 } },
      { id: LAYER.insetFrame, type: 'line', source: SRC.inset, paint: { 'line-color': g.muted, 'line-width': 1, 'line-dasharray': [3, 2] } },
      {
        id: LAYER.outline, type: 'line', source: SRC.countries, filter: ['!=', ['get', 'role'], null],
        paint: {
          'line-color': ['case', state('selected'), g.highlight, state('hover'), g.highlight, g.border],
          'line-width': ['case', state('selected'), 2.5, state('hover'), 1.5, 0.8],
        },
      },
      {
        id: LAYER.spokes, type: 'line', source: SRC.spokes, layout: { 'line-cap': 'round' },
        paint: {
          'line-color': g.spoke,
          'line-width': ['case', state('selected'), 2.4, 1.2],
          'line-opacity': ['case', state('selected'), 0.95, state('dim'), 0.15, 0.55],
          'line-dasharray': [2, 1.5],
        },
      },
      {
        id: LAYER.hubHalo, type: 'circle', source: SRC.hub,
        paint: { 'circle-radius': ['case', state('selected'), 13, state('hover'), 11, 9], 'circle-color': g.paper, 'circle-opacity': 0.9 },
      },
      {
        id: LAYER.hub, type: 'circle', source: SRC.hub,
        paint: { 'circle-radius': 6, 'circle-color': ROLE_COLOURS.hub, 'circle-stroke-color': g.highlight, 'circle-stroke-width': ['case', state('selected'), 2, 0] },
      },
      {
        id: LAYER.labels, type: 'symbol', source: SRC.labels,
        layout: {
          'text-field': ['get', 'name'], 'text-font': [MAP_FONT], 'text-size': 12.5,
          'text-anchor': get('anchor'), 'text-offset': get('offset'),
          'text-max-width': 7, 'text-allow-overlap': true,
        },
        paint: {
          'text-color': g.ink, 'text-halo-color': g.labelHalo, 'text-halo-width': 1.6,
          'text-opacity': ['case', state('dim'), 0.45, 1],
        },
      },
      {
        id: LAYER.hubLabel, type: 'symbol', source: SRC.hub,
        layout: {
          'text-field': ['get', 'name'], 'text-font': [MAP_FONT_BOLD], 'text-size': 12,
          'text-anchor': get('anchor'), 'text-offset': get('offset'), 'text-allow-overlap': true,
        },
        paint: { 'text-color': g.ink, 'text-halo-color': g.labelHalo, 'text-halo-width': 1.8 },
      },
      ...attackLayers(theme),
    ],
  };
}
