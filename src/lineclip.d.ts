declare module 'lineclip' {
  type Point = readonly [number, number];
  type BBox = readonly [number, number, number, number];
  /** Cohen–Sutherland: the parts of a polyline inside the box. */
  export function clipPolyline<P extends Point>(points: readonly P[], bbox: BBox, result?: P[][]): P[][];
  /** Sutherland–Hodgman: the part of a polygon ring inside the box (not closed). */
  export function clipPolygon<P extends Point>(points: readonly P[], bbox: BBox): P[];
}
