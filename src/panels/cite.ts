/** Citations and facts as DOM: "article ¶5" or the publisher, linked to the page. */
import { h } from '../dom/h.ts';
import { citationLabel, citationTitle } from '../data/export/cite-text.ts';
import { sourceOf } from '../data/source-of.ts';
import type { Citation, Fact } from '../data/types.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

export { citationLabel, citationTitle };

export function citeNode(c: Citation): HTMLElement {
  const src = sourceOf(c.source);
  const label = citationLabel(c);
  if (!src.url) return h('span', { class: 'op-cite', title: citationTitle(c) }, label);
  return h(
    'a',
    {
      class: 'op-cite',
      href: src.url,
      title: citationTitle(c),
      target: '_blank',
      rel: 'noopener noreferrer',
    },
    label,
  );
}

/** "Sources: a, b" after a fact. */
export function citesNode(cites: readonly Citation[], i18n: I18n = EN_I18N): HTMLElement {
  const span = h(
    'span',
    { class: 'op-cites' },
    h('span', { class: 'op-visually-hidden' }, i18n.t('fact.sources')),
  );
  cites.forEach((c, i) => span.append(i ? ', ' : '', citeNode(c)));
  return span;
}

/** A fact with its sources; an unconfirmed one with its badge; a research note labelled as such, with no source. */
export function factNode(f: Fact, tag: 'p' | 'li' = 'p', i18n: I18n = EN_I18N): HTMLElement {
  if (f.research) {
    return h(
      tag,
      { class: 'op-fact op-fact--note' },
      h('span', { class: 'op-note-label' }, i18n.t('fact.research')),
      ' ',
      f.text,
    );
  }
  return h(
    tag,
    { class: f.unconfirmed ? 'op-fact op-fact--unconfirmed' : 'op-fact' },
    f.unconfirmed ? h('span', { class: 'op-badge' }, i18n.t('fact.unconfirmed')) : null,
    f.unconfirmed ? ' ' : null,
    f.text,
    ' ',
    citesNode(f.cite, i18n),
  );
}
