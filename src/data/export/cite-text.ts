/** Citations and facts as plain text for the downloads: "article ¶5" or "Publisher <url>". */
import { sourceOf } from '../source-of.ts';
import type { Citation, Fact, Operation } from '../types.ts';

/** The short label: "article ¶5" or the publisher. */
export function citationLabel(c: Citation): string {
  if (c.source === 'article') return c.paragraph ? `article ¶${c.paragraph}` : 'article';
  return sourceOf(c.source).publisher;
}

/** The tooltip: the page's real title in quotation marks, else what the page is; and why it is not linked. */
export function citationTitle(c: Citation): string {
  const s = sourceOf(c.source);
  const what = s.title ? `“${s.title}”` : s.about;
  return s.unlinked ? `${what} (not linked: ${s.unlinked})` : what;
}

export function citeText(c: Citation): string {
  if (c.source === 'article') return c.paragraph ? `article ¶${c.paragraph}` : 'article';
  const s = sourceOf(c.source);
  return s.url ? `${s.publisher} <${s.url}>` : `${s.publisher} (not linked: ${s.unlinked ?? 'no address'})`;
}

/** Unique citations, in first-seen order, joined with "; ". */
export const citesText = (cites: readonly Citation[]): string => [...new Set(cites.map(citeText))].join('; ');

/** A fact as the panels mark it: "[Unconfirmed] …", "[Research note] …", or plain. */
export const factText = (f: Fact): string =>
  f.research ? `[Research note] ${f.text}` : f.unconfirmed ? `[Unconfirmed] ${f.text}` : f.text;

/** Facts joined with a space, each marked. */
export const factsText = (fs: readonly Fact[]): string => fs.map(factText).join(' ');

/** The note every download of an operation carries: which operation, where the facts come from, what may be reused. */
export const dataNote = (op: Pick<Operation, 'title' | 'strike'>): string =>
  [`Takedown Map data: ${op.title} (${op.strike.label}).`, ...NOTE].join(' ');

const NOTE = [
  'Facts are written in our own words, each with its sources: "article ¶N" is paragraph N of a news report of April 2018 (third-party copyright; its text is not included here), the others are public pages, linked; a repost or copy is named as one.',
  'Quotations are short, verbatim and attributed. Items marked [Unconfirmed] are said by a source but not confirmed by others; [Research note] marks a finding of our research (such as what we could not find), which cites no page. Markers are approximate.',
  'Country outlines: Natural Earth via world-atlas 2.0 (public domain). The compilation is released with the project under its licence (MIT, see package.json).',
];
