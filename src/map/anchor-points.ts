/** Each participant's label point on its country (where the close-in labels go). Pure. */
import type { FeatureCollection, Point } from 'geojson';
import type { MapViewData } from '../geo/map-view-data.ts';

export const anchorPoints = (data: MapViewData): FeatureCollection<Point, { key: string; name: string }> => ({
  type: 'FeatureCollection',
  features: data.labels.features.map((f) => ({
    type: 'Feature',
    properties: { key: f.properties.key, name: f.properties.name },
    geometry: { type: 'Point', coordinates: [...f.properties.at] },
  })),
});
