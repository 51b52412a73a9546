/**
 * A d3-geo `geoPath` context that writes compact SVG path data: relative
 * commands on a half-pixel grid, repeated points dropped, and rings or lines
 * that collapse to nothing on that grid left out. The shapes come already
 * simplified in topology space (build/static-topology.ts), so neighbours keep
 * sharing their edges.
 */
import type { GeoContext } from 'd3-geo';

/** Half-pixel grid: below what any screen resolves at the picture's size. */
const GRID = 2;
const snap = (v: number): number => Math.round(v * GRID) / GRID;
/** A coordinate difference on the grid, as short as it can be written (`-0.5` → `-.5`). */
const num = (v: number): string => String(snap(v) || 0).replace(/^(-?)0\./, '$1.');

export class RelativePath implements GeoContext {
  #out = '';
  /** The pen, where the last written command left it (absolute, on the grid). */
  #x = 0;
  #y = 0;
  #ring: [number, number][] = [];

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.#flush(false);
    this.#ring = [[snap(x), snap(y)]];
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [snap(x), snap(y)];
    const last = this.#ring[this.#ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.#ring.push(p);
  }

  closePath(): void {
    this.#flush(true);
  }

  arc(): void {
    throw new Error('RelativePath draws lines and polygons only (points are drawn as circles elsewhere)');
  }

  /** The path data written so far ('' when every shape collapsed). */
  toString(): string {
    this.#flush(false);
    return this.#out;
  }

  #flush(closed: boolean): void {
    const pts = this.#ring;
    this.#ring = [];
    const first = pts[0];
    const last = pts[pts.length - 1];
    // A closed ring repeats its first point; the `z` draws that edge.
    if (closed && pts.length > 1 && first![0] === last![0] && first![1] === last![1]) pts.pop();
    if (pts.length < (closed ? 3 : 2)) return;
    let d = this.#out
      ? `m${num(pts[0]![0] - this.#x)} ${num(pts[0]![1] - this.#y)}`
      : `M${pts[0]![0]} ${pts[0]![1]}`;
    for (let i = 1; i < pts.length; i++) {
      const dx = num(pts[i]![0] - pts[i - 1]![0]),
        dy = num(pts[i]![1] - pts[i - 1]![1]);
      d += `${i === 1 ? 'l' : dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
    }
    this.#out += closed ? `${d}z` : d;
    [this.#x, this.#y] = closed ? pts[0]! : pts[pts.length - 1]!;
  }
}
