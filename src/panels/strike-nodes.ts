/** A strike (or Europol's alert) told with its citations: who led, where a source names a lead; what it hit; the countries it names. */
import { h } from '../dom/h.ts';
import { ROLE_LABELS } from '../data/roles.ts';
import type { Strike } from '../data/types.ts';
import { citesNode, factNode } from './cite.ts';

export function strikeNodes(s: Strike, headingTag: 'h2' | 'h3' = 'h3'): HTMLElement[] {
  const lead =
    s.kind === 'strike' && s.leadName
      ? h('p', { class: 'op-strike__lead' }, h('strong', {}, 'Led by: '), s.leadName)
      : null;
  const coloured = s.countries?.length
    ? h(
        'ul',
        { class: 'op-facts' },
        ...s.countries.map((c) =>
          h(
            'li',
            { class: 'op-fact' },
            `${c.name}: ${ROLE_LABELS[c.role].toLowerCase()} `,
            citesNode(c.cite),
          ),
        ),
      )
    : null;
  return [
    headingTag === 'h2'
      ? h('h2', { class: 'op-panel__title', tabindex: '-1' }, s.label)
      : h('h3', { class: 'op-strike__title' }, s.label),
    lead,
    factNode(s.summary),
    ...s.details.map((f) => factNode(f)),
    coloured
      ? h('p', { class: 'op-strike__map' }, 'Coloured on the map for this strike:')
      : s.leadName === null
        ? h(
            'p',
            { class: 'op-strike__map' },
            `No country is coloured on the map for ${s.kind === 'alert' ? 'the alert' : 'this strike'}.`,
          )
        : null,
    coloured,
  ].filter((n): n is HTMLElement => n !== null);
}
