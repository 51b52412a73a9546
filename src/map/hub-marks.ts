/**
 * The hub's dot and halo drawn as lines, so the map needs no circle program (in software GL, one program fewer to
 * compile and link before the first frame: bench/results.md, "Branch perf-gl"). A line with round caps that is
 * (almost) no longer than it is nothing draws a disc as wide as the line, its width in pixels at every zoom, as a
 * circle's radius is. MapLibre drops a line whose two ends fall on the same point of its tile's grid (8192 units a
 * tile), so the hub is a segment 1.5 grid units long, one per tile zoom (0 to MAX_ZOOM): the layer's filter keeps the
 * one of the tile's zoom, so the segment is drawn at most a quarter of a pixel long at every zoom. The source must not simplify
 * (`tolerance: 0`: a segment shorter than the tolerance is dropped). Pure.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { MAX_ZOOM } from './ids.ts';

/** MapLibre's tile grid: units across a tile. */
const TILE_EXTENT = 8192;
/** The segment's length in grid units: more than one, so its ends never round to one point. */
const GRID_UNITS = 1.5;

/** Degrees of longitude that make `units` grid units of a tile at zoom z. */
const lngSpan = (z: number, units: number) => (360 * units) / (TILE_EXTENT * 2 ** z);

/**
 * For each hub point, a segment centred on it (west to east) per tile zoom, with that zoom as `z`; the other
 * properties as the point's (its `key` picks it and carries its feature-state).
 */
export function hubMarks<P extends object>(
  hub: FeatureCollection<Point, P>,
  maxZoom = MAX_ZOOM,
): FeatureCollection<LineString, P & { z: number }> {
  const features: Feature<LineString, P & { z: number }>[] = [];
  for (const f of hub.features) {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    for (let z = 0; z <= maxZoom; z++) {
      const half = lngSpan(z, GRID_UNITS) / 2;
      features.push({
        type: 'Feature',
        properties: { ...f.properties, z },
        geometry: {
          type: 'LineString',
          coordinates: [
            [lng - half, lat],
            [lng + half, lat],
          ],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Keeps the segment of the tile's zoom (a tile past MAX_ZOOM, never made here, would take the last one). */
export const HUB_MARK_FILTER: FilterSpecification = ['==', ['get', 'z'], ['min', ['zoom'], MAX_ZOOM]];
