/** Citations as plain text for the downloads: "article ¶5" or "Publisher <url>". */
import { SOURCES } from '../sources.ts';
import { citationLabel } from '../citation-label.ts';
import type { Citation } from '../types.ts';

export function citeText(c: Citation): string {
  const s = SOURCES[c.source];
  return 'url' in s ? `${citationLabel(c)} <${s.url}>` : citationLabel(c);
}

/** Unique citations, in first-seen order, joined with "; ". */
export const citesText = (cites: readonly Citation[]): string => [...new Set(cites.map(citeText))].join('; ');

/** The note every download carries: where the facts come from and what may be reused. */
export const DATA_NOTE = [
  'Takedown Map data: the 25–26 April 2018 takedown of Isis propaganda outlets.',
  'Facts are written in our own words, each with its sources: "article ¶N" is paragraph N of a news report of April 2018 (third-party copyright; its text is not included here), the others are public pages, linked.',
  'Quotations are short, verbatim and attributed. Items marked unconfirmed are not confirmed by the sources.',
  'Country outlines: Natural Earth via world-atlas 2.0 (public domain). The compilation is released with the project under its licence (MIT, see package.json).',
].join(' ');
