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
