/**
 * The same Web Mercator MapLibre uses, fitted to a box the way the map's
 * `fitBounds(frame, { padding })` is: the composited frame centred in the
 * box with a pixel padding. Planar (straight edges in Mercator, like
 * MapLibre), so the static map and the canvas agree line for line.
 */
import type { Position } from 'geojson';
import { project, unproject, type BBox } from './mercator.ts';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface PixelFrame {
  readonly size: Size;
  /** [longitude, latitude] → pixel [x, y] in the box. */
  readonly toPx: (p: Position) => [number, number];
  /** Pixel [x, y] in the box → [longitude, latitude]. */
  readonly toLngLat: (p: readonly [number, number]) => [number, number];
}

export function fitFrame(frame: BBox, size: Size, padding = 12): PixelFrame {
  const [x0, y0] = project([frame[0], frame[3]]);
  const [x1, y1] = project([frame[2], frame[1]]);
  const k = Math.min((size.width - 2 * padding) / (x1 - x0), (size.height - 2 * padding) / (y1 - y0));
  const tx = size.width / 2 - (k * (x0 + x1)) / 2;
  const ty = size.height / 2 - (k * (y0 + y1)) / 2;
  return {
    size,
    toPx: (p) => {
      const [x, y] = project([p[0]!, p[1]!]);
      return [k * x + tx, k * y + ty];
    },
    toLngLat: ([px, py]) => {
      const [lng, lat] = unproject([(px - tx) / k, (py - ty) / k]);
      return [lng, lat];
    },
  };
}
