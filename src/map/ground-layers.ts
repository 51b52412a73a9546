/**
 * The land under everything: the countries' fills and role patterns, the
 * borders, the inset's sea and frame, and the participants' outlines (main
 * map, then inset). Pure.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { GROUND, type Theme } from '../data/palette.ts';
import { perFeature, rolePatternExpression, SOLID, strikeFillExpression } from './expressions.ts';
import { featureState as state, partIs as part } from './feature-expressions.ts';
import { LAYER, SRC } from './ids.ts';
import { PATTERNED_ROLES } from './patterns.ts';

export function groundLayers(theme: Theme): LayerSpecification[] {
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
    // No antialiased outline pass (and no program for it): the participants' outline is drawn over the pattern's edge.
    paint: {
      'fill-antialias': false,
      'fill-pattern': rolePatternExpression(),
      'fill-opacity': ['case', ['==', ['feature-state', 'patterned'], false], 0, state('dim'), 0.3, 1],
    },
  });
  // Every line layer varies colour, width and opacity by feature and has a dash pattern (solid: SOLID), so all
  // lines share one program (see perFeature() and SOLID).
  const borderPaint = {
    'line-color': perFeature(g.border),
    'line-width': perFeature(0.6),
    'line-opacity': perFeature(1),
    'line-dasharray': SOLID,
  };
  const borderLayer = (id: string, p: 'main' | 'inset'): LayerSpecification => ({
    id,
    type: 'line',
    source: SRC.borders,
    filter: part(p),
    paint: borderPaint,
  });
  return [
    fillLayer(LAYER.fill, 'main'),
    patternLayer(LAYER.pattern, 'main'),
    borderLayer(LAYER.borders, 'main'),
    {
      id: LAYER.insetBackground,
      type: 'fill',
      source: SRC.inset,
      paint: { 'fill-color': perFeature(g.sea), 'fill-opacity': perFeature(1) },
    },
    fillLayer(LAYER.insetFill, 'inset'),
    patternLayer(LAYER.insetPattern, 'inset'),
    borderLayer(LAYER.insetBorders, 'inset'),
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
        'line-dasharray': SOLID,
      },
    },
  ];
}
