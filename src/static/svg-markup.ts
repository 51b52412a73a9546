/**
 * The few pieces of markup the static map is written with. Every attribute
 * value and every text node goes through escapeXml, so data can never become
 * markup; nothing here ever writes a `style` attribute (strict CSP).
 */
import { escapeXml } from '../dom/escape-xml.ts';

export type SvgAttrs = Readonly<Record<string, string | number | null | undefined>>;

export { escapeXml };

const attrs = (a: SvgAttrs): string =>
  Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** An element; `children` are already-built markup strings, `text` is escaped. */
export const el = (tag: string, a: SvgAttrs, ...children: string[]): string =>
  children.length ? `<${tag}${attrs(a)}>${children.join('')}</${tag}>` : `<${tag}${attrs(a)}/>`;

export const textEl = (tag: string, a: SvgAttrs, text: string): string =>
  `<${tag}${attrs(a)}>${escapeXml(text)}</${tag}>`;

/** Round to one decimal (0.1 px is below what any screen resolves). */
export const q = (v: number): number => Math.round(v * 10) / 10;

const GRID = 2; // half-pixel grid
const snap = (v: number): number => Math.round(v * GRID) / GRID;
const num = (v: number): string => String(Math.round(v * GRID) / GRID);

/** Douglas–Peucker: drop points closer than `tolerance` to the line through their neighbours. */
export function simplifyLine(
  pts: readonly (readonly [number, number])[],
  tolerance: number,
): (readonly [number, number])[] {
  if (pts.length < 3 || tolerance <= 0) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a]!,
      [bx, by] = pts[b]!;
    const dx = bx - ax,
      dy = by - ay,
      len = Math.hypot(dx, dy);
    let worst = -1,
      far = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i]!;
      const d =
        len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > far) {
        far = d;
        worst = i;
      }
    }
    if (worst > 0 && far > tolerance) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/**
 * Rewrites an absolute M/L/Z path (as d3-geo writes it) with relative
 * commands on a half-pixel grid, dropping repeated points and, with a
 * tolerance, points that change the shape by less than that many pixels:
 * the same picture in far fewer bytes and far less raster work. Anything
 * else is returned unchanged.
 */
export function compactPath(d: string, tolerance = 0): string {
  if (!/^[MLZ0-9.,\s-]*$/.test(d)) return d;
  const out: string[] = [];
  let cx = 0,
    cy = 0;
  for (const sub of d.split(/(?=M)/)) {
    const closed = /Z\s*$/.test(sub);
    const raw = [...sub.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
      (m) => [snap(Number(m[1])), snap(Number(m[2]))] as const,
    );
    const pts = simplifyLine(raw, tolerance).filter(
      (p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1],
    );
    if (pts.length < (closed ? 3 : 2)) continue;
    pts.forEach(([x, y], i) => {
      if (i === 0)
        out.push(`${out.length ? 'm' : 'M'}${num(out.length ? x - cx : x)} ${num(out.length ? y - cy : y)}`);
      else out.push(`${i === 1 ? 'l' : ' '}${num(x - cx)} ${num(y - cy)}`);
      cx = x;
      cy = y;
    });
    if (closed) {
      out.push('z');
      [cx, cy] = pts[0]!;
    }
  }
  return out.join('').replace(/ -/g, '-');
}
