/** Panel content for the story: the outlets panel and the "where sources disagree" section. */
import { h } from '../dom/h.ts';
import type { Operation, Outlet } from '../data/types.ts';
import { factNode } from './cite.ts';

function outletNode(o: Outlet): HTMLElement {
  const others = o.spellings.filter((s) => s !== o.name);
  return h(
    'section',
    { class: 'op-outlet', 'data-outlet': o.id },
    h('h3', {}, o.name),
    others.length ? h('p', { class: 'op-outlet__spellings' }, `Also spelled: ${others.join(', ')}`) : null,
    h('ul', { class: 'op-facts' }, ...o.what.map((f) => factNode(f, 'li'))),
  );
}

export function outletsNodes(op: Operation): Node[] {
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, 'Outlets targeted'),
    factNode(op.outletsNote),
    ...op.outlets.map(outletNode),
  ];
}

/** Where sources disagree, and what was reported afterwards (cited, claims attributed). */
export function disagreementNodes(op: Operation): Node[] {
  const section = (title: string, facts: Operation['aftermath'], id?: string): Node[] =>
    facts.length
      ? [
          h('h3', id ? { id } : {}, title),
          h('ul', { class: 'op-facts op-facts--caveats' }, ...facts.map((f) => factNode(f, 'li'))),
        ]
      : [];
  return [
    ...section('Where sources disagree', op.disagreements, 'op-disagree'),
    ...section('Afterwards', op.aftermath),
  ];
}
