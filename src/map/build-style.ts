/**
 * The whole MapLibre style as data: no tile server, no glyph server, no
 * sprite; labels drawn locally from a bundled font (font-faces.ts). Role colour
 * is data-driven; hover, selection and the legend filter are feature-state.
 * The parts: style-sources.ts, ground-layers.ts, mark-layers.ts, label-layers.ts.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { GROUND, type Theme } from '../data/palette.ts';
import type { Attack } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { fontFaces, type FontUrls } from './font-faces.ts';
import { groundLayers } from './ground-layers.ts';
import { CLOSE_AFTER, LAYER } from './ids.ts';
import { labelLayers } from './label-layers.ts';
import { markLayers } from './mark-layers.ts';
import { styleSources } from './style-sources.ts';

export { anchorPoints } from './anchor-points.ts';
export { FONT_RANGES, FONT_SCRIPTS, type FontScript, type FontUrls } from './font-faces.ts';

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
  const z = options.overviewZoom;
  // The overview's placed labels and leaders up to CLOSE_AFTER past the overview zoom; the close-in ones after it.
  // (minzoom 0 and maxzoom 24 spelt out: mount-map's setLayerZoomRange() then finds nothing to change.)
  const overviewRange = z === undefined ? {} : { minzoom: 0, maxzoom: z + CLOSE_AFTER };
  const closeRange = z === undefined ? { minzoom: 24 } : { minzoom: z + CLOSE_AFTER, maxzoom: 24 };
  return {
    version: 8,
    name: `takedown-map-${theme}`,
    'font-faces': fontFaces(fonts),
    sources: styleSources(data, attacks, i18n.locale),
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': GROUND[theme].sea } },
      ...groundLayers(theme),
      ...markLayers(theme, overviewRange),
      // The claimed attacks' layers (story-layers.ts) are added under the labels when the reader first turns them on.
      ...labelLayers(theme, i18n, overviewRange, closeRange),
    ],
  };
}
