/**
 * The static picture's path maker: GeoJSON geometries (composited lon/lat) → one SVG path's `d`, projected by
 * the picture's pixel frame and clipped to its box grown by the bleed. Pure.
 */
import type { Geometry } from 'geojson';
import { geoIdentity, geoPath } from 'd3-geo';
import type { PixelFrame, Size } from './pixel-frame.ts';
import { projectGeometry } from './project-geometry.ts';
import { RelativePath } from './relative-path.ts';

/** A function from geometries to one path's `d` ('' for none), `bleed` px beyond the box on each side. */
export function geometryPath(
  frame: PixelFrame,
  size: Size,
  [bx, by]: readonly [number, number],
): (gs: readonly Geometry[]) => string {
  const clip = geoIdentity().clipExtent([
    [-bx, -by],
    [size.width + bx, size.height + by],
  ]);
  return (gs) => {
    if (!gs.length) return '';
    const out = new RelativePath();
    geoPath(
      clip,
      out,
    )({ type: 'GeometryCollection', geometries: gs.map((x) => projectGeometry(x, frame.toPx)) });
    return out.toString();
  };
}
