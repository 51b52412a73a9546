/** A GeoJSON geometry with every position passed through a projection (planar; nothing is resampled). */
import type { Geometry, Position } from 'geojson';

type Project = (p: Position) => [number, number];

export function projectGeometry(g: Geometry, f: Project): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(f) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(f)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => projectGeometry(x, f)) };
  }
}
