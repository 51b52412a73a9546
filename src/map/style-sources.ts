/** The style's GeoJSON sources: the map data inline, no tile server (the labels' text is HTML: label-overlay.ts). Pure. */
import type { SourceSpecification } from 'maplibre-gl';
import type { Attack } from '../data/types.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import { MAX_ZOOM, SRC } from './ids.ts';
import { attackSource } from './story-layers.ts';

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
      buffer: 64,
    },
    [SRC.borders]: { type: 'geojson', data: data.borders, maxzoom: MAX_ZOOM, buffer: 64 },
    [SRC.inset]: { type: 'geojson', data: data.insetFrame, maxzoom: 6 },
    [SRC.spokes]: { type: 'geojson', data: data.spokes, promoteId: 'key', maxzoom: 6 },
    [SRC.hub]: { type: 'geojson', data: data.hub, promoteId: 'key', maxzoom: 6 },
    [SRC.leaders]: { type: 'geojson', data: data.leaders, promoteId: 'key', maxzoom: 6 },
    [SRC.attacks]: attackSource(attacks, locale),
  };
}
