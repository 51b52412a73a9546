/**
 * The few pieces of markup the static map is written with. Every attribute
 * value and every text node goes through escapeXml, so data can never become
 * markup; nothing here ever writes a `style` attribute (strict CSP).
 */
export type SvgAttrs = Readonly<Record<string, string | number | null | undefined>>;

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const attrs = (a: SvgAttrs): string =>
  Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** An element; `children` are already-built markup strings, `text` is escaped. */
export const el = (tag: string, a: SvgAttrs, ...children: string[]): string =>
  children.length ? `<${tag}${attrs(a)}>${children.join('')}</${tag}>` : `<${tag}${attrs(a)}/>`;

export const textEl = (tag: string, a: SvgAttrs, text: string): string => `<${tag}${attrs(a)}>${escapeXml(text)}</${tag}>`;

/** Round to one decimal (0.1 px is below what any screen resolves). */
export const q = (v: number): number => Math.round(v * 10) / 10;

const GRID = 2; // half-pixel grid
const snap = (v: number): number => Math.round(v * GRID) / GRID;
const num = (v: number): string => String(Math.round(v * GRID) / GRID);

/**
 * Rewrites an absolute M/L/Z path (as d3-geo writes it) with relative
 * commands on a half-pixel grid, dropping repeated points: the same shape in
 * roughly half the bytes. Anything else is returned unchanged.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ0-9.,\s-]*$/.test(d)) return d;
  const out: string[] = [];
  let cx = 0, cy = 0, sx = 0, sy = 0, last = '';
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') { out.push('z'); cx = sx; cy = sy; last = 'z'; continue; }
    const [x, y] = args!.split(',').map(Number) as [number, number];
    const rx = snap(x), ry = snap(y);
    const dx = rx - cx, dy = ry - cy;
    if (cmd === 'M') { sx = rx; sy = ry; out.push(`${out.length ? 'm' : 'M'}${num(out.length ? dx : rx)} ${num(out.length ? dy : ry)}`); last = 'm'; }
    else if (dx !== 0 || dy !== 0) { out.push(`${last === 'l' ? ' ' : 'l'}${num(dx)} ${num(dy)}`); last = 'l'; }
    else continue;
    cx = rx; cy = ry;
  }
  return out.join('').replace(/ -/g, '-');
}
