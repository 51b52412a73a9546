/** Panel content for the story: the outlets panel and the "where sources disagree" section. */
import { h } from '../dom/h.ts';
import type { Operation, Outlet } from '../data/types.ts';
import { factNode } from './cite.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

function outletNode(o: Outlet, i18n: I18n): HTMLElement {
  const others = o.spellings.filter((s) => s !== o.name);
  return h(
    'section',
    { class: 'op-outlet', 'data-outlet': o.id },
    h('h3', {}, o.name),
    others.length
      ? h('p', { class: 'op-outlet__spellings' }, i18n.t('panel.alsoSpelled', { names: others.join(', ') }))
      : null,
    h('ul', { class: 'op-facts' }, ...o.what.map((f) => factNode(f, 'li', i18n))),
  );
}

export function outletsNodes(op: Operation, i18n: I18n = EN_I18N): Node[] {
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, i18n.t('panel.outlets')),
    factNode(op.outletsNote, 'p', i18n),
    ...op.outlets.map((o) => outletNode(o, i18n)),
  ];
}

/** Where sources disagree, and what was reported afterwards (cited, claims attributed). */
export function disagreementNodes(op: Operation, i18n: I18n = EN_I18N): Node[] {
  // An operation may have no disagreements or no aftermath: its section is left out.
  const section = (title: string, facts: Operation['aftermath'], id?: string): Node[] =>
    facts.length
      ? [
          h('h3', id ? { id } : {}, title),
          h('ul', { class: 'op-facts op-facts--caveats' }, ...facts.map((f) => factNode(f, 'li', i18n))),
        ]
      : [];
  return [
    ...section(i18n.t('panel.disagree'), op.disagreements, 'op-disagree'),
    ...section(i18n.t('panel.afterwards'), op.aftermath),
  ];
}
