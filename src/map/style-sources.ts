/** The style's GeoJSON sources: the map data inline, no tile server (the labels' text is HTML: label-overlay.ts). Pure. */
import type { SourceSpecification } from 'maplibre-gl';
import type { Attack } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { hubMarks } from './hub-marks.ts';
import { MAX_ZOOM, SRC } from './ids.ts';
import { attackSource } from './story-layers.ts';

/**
 * The tile buffer (px of a 512 px tile) of the two heavy sources, the outlines and the borders: each tile
 * repeats the geometry this far past its edge. 16 px is past the widest line (the selected outline,
 * 2.5 px) and its antialiasing; MapLibre's 128 (and the earlier 64) put about a fifth more vertices in every
 * tile for the worker to cut, triangulate and send (17.8k → 13.9k vertices in the overview's tiles at
 * 1280 px; bench/results.md, "Branch perf-ready"). The small sources keep MapLibre's default.
 */
export const OUTLINE_BUFFER = 16;

export function styleSources(
  data: MapViewData,
  attacks: readonly Attack[],
  locale: string,
): Record<string, SourceSpecification> {
  return {
    // Tiled to the zoom cap, so the fine outlines are not simplified further at the closest zoom.
    [SRC.countries]: {
      type: 'geojson',
      data: data.countries,
      promoteId: 'key',
      maxzoom: MAX_ZOOM,
      buffer: OUTLINE_BUFFER,
    },
    [SRC.borders]: { type: 'geojson', data: data.borders, maxzoom: MAX_ZOOM, buffer: OUTLINE_BUFFER },
    [SRC.inset]: { type: 'geojson', data: data.insetFrame, maxzoom: 6 },
    [SRC.spokes]: { type: 'geojson', data: data.spokes, promoteId: 'key', maxzoom: 6 },
    // The hub's marks are lines a grid unit or two long (hub-marks.ts): not simplified away.
    [SRC.hub]: {
      type: 'geojson',
      data: hubMarks(data.hub),
      promoteId: 'key',
      maxzoom: MAX_ZOOM,
      tolerance: 0,
    },
    [SRC.leaders]: { type: 'geojson', data: data.leaders, promoteId: 'key', maxzoom: 6 },
    [SRC.attacks]: attackSource(attacks, locale),
  };
}
