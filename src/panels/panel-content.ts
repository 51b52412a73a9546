/** Pure-ish builders: data → the nodes of each panel (overview, country, hub). */
import { h } from '../dom/h.ts';
import { AUTHORITY_NOT_NAMED } from '../data/participants.ts';
import { ROLE_LABELS } from '../data/roles.ts';
import type { Hub, Operation, Participant, Quote, Role } from '../data/types.ts';
import { citesNode, factNode } from './cite.ts';
import { disagreementNodes } from './story-panels.ts';

const roleChip = (r: Role) => h('span', { class: `op-chip op-chip--${r}` }, h('span', { class: `op-swatch op-swatch--${r}`, 'aria-hidden': 'true' }), ROLE_LABELS[r]);

function quoteNode(q: Quote): HTMLElement {
  return h('figure', { class: 'op-quote' },
    h('blockquote', {}, h('p', {}, `“${q.text.replace(/,$/, '')}”`)),
    h('figcaption', {}, `${q.speaker}, ${q.title}. `, citesNode(q.cite)));
}

export function overviewNodes(op: Operation): Node[] {
  const first = op.quotes[0];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, 'What happened'),
    h('p', { class: 'op-when' }, h('strong', {}, 'When: '), op.dates.text, ' ', citesNode(op.dates.cite)),
    ...op.summary.map((f) => factNode(f)),
    h('h3', {}, 'Outlets targeted'),
    h('ul', { class: 'op-outlets' }, ...op.outlets.map((o) => h('li', {}, o.name))),
    h('button', { type: 'button', class: 'op-link-button', 'data-action': 'outlets' }, 'What the outlets were →'),
    first ? quoteNode(first) : null,
    ...disagreementNodes(op) as HTMLElement[],
    op.context.length ? h('h3', {}, 'Context') : null,
    op.context.length ? h('ul', { class: 'op-facts' }, ...op.context.map((f) => factNode(f, 'li'))) : null,
    h('p', { class: 'op-hint' }, 'Choose a country or The Hague, on the map or in the list, to see who did what.'),
  ].filter((n): n is HTMLElement => n !== null);
}

export function countryNodes(p: Participant): Node[] {
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, p.name),
    h('p', { class: 'op-roles' }, h('span', { class: 'op-visually-hidden' }, 'Role: '), ...p.roles.map(roleChip)),
    h('h3', {}, 'Authority'),
    p.authority
      ? factNode(p.authority)
      : h('p', { class: 'op-fact op-fact--note' }, h('span', { class: 'op-note-label' }, 'Not named:'), ' ', AUTHORITY_NOT_NAMED.text),
    h('h3', {}, 'What it did'),
    h('ul', { class: 'op-facts' }, ...p.actions.map((f) => factNode(f, 'li'))),
    p.caveats.length ? h('h3', {}, 'Where sources differ') : null,
    p.caveats.length ? h('ul', { class: 'op-facts op-facts--caveats' }, ...p.caveats.map((f) => factNode(f, 'li'))) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

export function hubNodes(hub: Hub, op: Operation): Node[] {
  const second = op.quotes[1];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, hub.name),
    h('p', { class: 'op-roles' }, h('span', { class: 'op-visually-hidden' }, 'Role: '), roleChip('hub')),
    ...hub.bodies.flatMap((b) => [h('h3', {}, b.name), factNode(b.what)]),
    h('h3', {}, 'About this place'),
    h('ul', { class: 'op-facts op-facts--caveats' }, ...hub.caveats.map((f) => factNode(f, 'li'))),
    second ? quoteNode(second) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
