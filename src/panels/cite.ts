/** Citations and facts as DOM: "article ¶5" or the publisher, linked to the page. */
import { h } from '../dom/h.ts';
import { citationLabel } from '../data/citation-label.ts';
import { SOURCES } from '../data/sources.ts';
import type { Citation, Fact } from '../data/types.ts';


export function citeNode(c: Citation): HTMLElement {
  const src = SOURCES[c.source];
  const label = citationLabel(c);
  if (!('url' in src)) return h('span', { class: 'op-cite', title: src.title }, label);
  return h('a', { class: 'op-cite', href: src.url, title: src.title, target: '_blank', rel: 'noopener noreferrer' }, label);
}

/** "Sources: a, b" after a fact. */
export function citesNode(cites: readonly Citation[]): HTMLElement {
  const span = h('span', { class: 'op-cites' }, h('span', { class: 'op-visually-hidden' }, 'Sources: '));
  cites.forEach((c, i) => span.append(i ? ', ' : '', citeNode(c)));
  return span;
}

export function factNode(f: Fact, tag: 'p' | 'li' = 'p'): HTMLElement {
  return h(tag, { class: f.unconfirmed ? 'op-fact op-fact--unconfirmed' : 'op-fact' },
    f.unconfirmed ? h('span', { class: 'op-badge' }, 'Unconfirmed') : null,
    f.unconfirmed ? ' ' : null,
    f.text, ' ', citesNode(f.cite));
}
