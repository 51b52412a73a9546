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
import { perFeature, rolePatternExpression, strikeFillExpression } from './expressions.ts';
import { CLOSE_AFTER, LAYER, MAP_FONT, MAP_FONT_BOLD, MAX_ZOOM, SRC } from './ids.ts';
import { HUB_LABEL_SIZE, LABEL_SIZE } from '../geo/label-placement.ts';
import { PATTERNED_ROLES } from './patterns.ts';
import { attackSource } from './story-layers.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

/** The scripts the labels are written in: English, French, Dutch and German need Latin; Romanian Latin Extended (ă ș ț); Bulgarian Cyrillic. */
export type FontScript = 'latin' | 'latin-ext' | 'cyrillic';

/**
 * Each script's code points, as @fontsource/noto-sans splits the font
 * (its unicode.json): MapLibre loads a face only when a label needs a glyph in
 * its range, so an English map never fetches the Cyrillic file.
 */
export const FONT_RANGES: Readonly<Record<FontScript, readonly string[]>> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'.split(
      ',',
    ),
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'.split(
      ',',
    ),
  cyrillic: 'U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'.split(','),
};
export const FONT_SCRIPTS = Object.keys(FONT_RANGES) as FontScript[];

export interface FontUrls {
  regular: Readonly<Record<FontScript, string>>;
  bold: Readonly<Record<FontScript, string>>;
}

const faces = (urls: Readonly<Record<FontScript, string>>) =>
  FONT_SCRIPTS.map((s) => ({ url: urls[s], 'unicode-range': [...FONT_RANGES[s]] }));

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

export interface StyleOptions {
  /**
   * The zoom that frames the overview in the map's box (mount-map asks MapLibre before the style loads): the
   * placed labels show up to a little past it, the close-in ones after. Set in the style itself, the ranges need
   * no second layout of the label sources after 'load'. Without it the close-in labels start hidden.
   */
  readonly overviewZoom?: number;
}

export function buildStyle(
  data: MapViewData,
  theme: Theme,
  fonts: FontUrls,
  attacks: readonly Attack[] = [],
  i18n: I18n = EN_I18N,
  options: StyleOptions = {},
): StyleSpecification {
  const g = GROUND[theme];
  const z = options.overviewZoom;
  // The overview's placed labels and leaders up to CLOSE_AFTER past the overview zoom; the close-in ones after it.
  // (minzoom 0 and maxzoom 24 spelt out: mount-map's setLayerZoomRange() then finds nothing to change.)
  const overviewRange = z === undefined ? {} : { minzoom: 0, maxzoom: z + CLOSE_AFTER };
  const closeRange = z === undefined ? { minzoom: 24 } : { minzoom: z + CLOSE_AFTER, maxzoom: 24 };
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
    // No antialiased outline pass (and no program for it): the participants' outline is drawn over the pattern's edge.
    paint: {
      'fill-antialias': false,
      'fill-pattern': rolePatternExpression(),
      'fill-opacity': ['case', ['==', ['feature-state', 'patterned'], false], 0, state('dim'), 0.3, 1],
    },
  });
  // Every line layer varies colour, width and opacity by feature, and every text layer its opacity: one
  // program per layer type (see perFeature()).
  const borderPaint = {
    'line-color': perFeature(g.border),
    'line-width': perFeature(0.6),
    'line-opacity': perFeature(1),
  };
  const textPaint = (halo: number) => ({
    'text-color': g.ink,
    'text-halo-color': g.labelHalo,
    'text-halo-width': halo,
  });
  return {
    version: 8,
    name: `takedown-map-${theme}`,
    'font-faces': {
      [MAP_FONT]: faces(fonts.regular),
      [MAP_FONT_BOLD]: faces(fonts.bold),
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
      [SRC.attacks]: attackSource(attacks, i18n.locale),
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
        paint: borderPaint,
      },
      {
        id: LAYER.insetBackground,
        type: 'fill',
        source: SRC.inset,
        paint: { 'fill-color': perFeature(g.sea), 'fill-opacity': perFeature(1) },
      },
      fillLayer(LAYER.insetFill, 'inset'),
      patternLayer(LAYER.insetPattern, 'inset'),
      {
        id: LAYER.insetBorders,
        type: 'line',
        source: SRC.borders,
        filter: part('inset'),
        paint: borderPaint,
      },
      {
        id: LAYER.insetFrame,
        type: 'line',
        source: SRC.inset,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: {
          'line-color': perFeature(g.muted),
          'line-width': perFeature(1),
          'line-opacity': perFeature(1),
          'line-dasharray': [3, 2],
        },
      },
      {
        id: LAYER.outline,
        type: 'line',
        source: SRC.countries,
        filter: ['!=', ['get', 'role'], null],
        paint: {
          'line-color': ['case', state('selected'), g.highlight, state('hover'), g.highlight, g.border],
          'line-width': ['case', state('selected'), 2.5, state('hover'), 1.5, 0.8],
          'line-opacity': perFeature(1),
        },
      },
      {
        id: LAYER.leaders,
        type: 'line',
        source: SRC.leaders,
        ...overviewRange,
        paint: {
          'line-color': perFeature(g.ink),
          'line-width': perFeature(0.8),
          'line-opacity': ['case', state('dim'), 0.3, 0.75] as never,
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
      // The claimed attacks' layers (story-layers.ts) are added under the labels when the reader first turns them on.
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
    ],
  };
}
