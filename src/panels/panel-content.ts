/** Pure-ish builders: data → the nodes of each panel (overview, country, hub). */
import { h } from '../dom/h.ts';
import { AUTHORITY_NOT_NAMED } from '../data/participant-notes.ts';
import { roleLabel } from '../data/roles.ts';
import type { Hub, Operation, Quote, Role } from '../data/types.ts';
import type { PanelModel } from '../state/selectors-story.ts';
import { citesNode, factNode } from './cite.ts';
import { strikeNodes } from './strike-nodes.ts';
import { disagreementNodes } from './story-panels.ts';

const roleChip = (op: Pick<Operation, 'roles'>) => (r: Role) =>
  h(
    'span',
    { class: `op-chip op-chip--${r}` },
    h('span', { class: `op-swatch op-swatch--${r}`, 'aria-hidden': 'true' }),
    roleLabel(op, r),
  );

function quoteNode(q: Quote): HTMLElement {
  return h(
    'figure',
    { class: 'op-quote' },
    h('blockquote', {}, h('p', {}, `“${q.text.replace(/,$/, '')}”`)),
    h('figcaption', {}, `${q.speaker}, ${q.title}. `, citesNode(q.cite)),
  );
}

export function overviewNodes(op: Operation): Node[] {
  const first = op.quotes[0];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, 'What happened'),
    h('p', { class: 'op-when' }, h('strong', {}, 'When: '), op.dates.text, ' ', citesNode(op.dates.cite)),
    ...op.summary.map((f) => factNode(f)),
    h('h3', {}, op.outlets.length ? 'Outlets targeted' : 'What was targeted'),
    ...(op.outlets.length
      ? [
          h('ul', { class: 'op-outlets' }, ...op.outlets.map((o) => h('li', {}, o.name))),
          h(
            'button',
            { type: 'button', class: 'op-link-button', 'data-action': 'outlets' },
            'What the outlets were →',
          ),
        ]
      : [factNode(op.outletsNote)]),
    first ? quoteNode(first) : null,
    ...(disagreementNodes(op) as HTMLElement[]),
    op.context.length ? h('h3', {}, 'Context') : null,
    op.context.length ? h('ul', { class: 'op-facts' }, ...op.context.map((f) => factNode(f, 'li'))) : null,
    h(
      'p',
      { class: 'op-hint' },
      'Choose a country or The Hague, on the map or in the list, to see who did what.',
    ),
  ].filter((n): n is HTMLElement => n !== null);
}

/** The overview of the chosen strike: April 2018's story, or an earlier strike's. */
export function strikeOverviewNodes(op: Operation, m: Extract<PanelModel, { kind: 'overview' }>): Node[] {
  if (m.isDefault) return overviewNodes(op);
  return [
    ...strikeNodes(m.strike, 'h2'),
    h(
      'p',
      { class: 'op-hint' },
      'Choose another strike above the map, or the last one to see the April 2018 operation.',
    ),
  ];
}

/** A country as the chosen strike tells it, then its part in April 2018 when it was a participant. */
export function countryNodes(
  m: Extract<PanelModel, { kind: 'country' }>,
  op: Pick<Operation, 'roles'>,
): Node[] {
  const p = m.participant;
  const strikeRole =
    m.roles.length === 0
      ? h(
          'p',
          { class: 'op-fact op-fact--unconfirmed' },
          h('span', { class: 'op-badge' }, 'Not named'),
          ` No source names ${m.name} for ${m.strike.label}.`,
        )
      : null;
  const april = p
    ? [
        m.isDefault ? null : h('h3', {}, 'In the April 2018 operation'),
        m.isDefault
          ? null
          : h(
              'p',
              { class: 'op-roles' },
              h('span', { class: 'op-visually-hidden' }, 'Role in April 2018: '),
              ...p.roles.map(roleChip(op)),
            ),
        h('h3', {}, 'Authority'),
        p.authority
          ? factNode(p.authority)
          : h(
              'p',
              { class: 'op-fact op-fact--note' },
              h('span', { class: 'op-note-label' }, 'Not named:'),
              ' ',
              AUTHORITY_NOT_NAMED.text,
            ),
        h('h3', {}, 'What it did'),
        h('ul', { class: 'op-facts' }, ...p.actions.map((f) => factNode(f, 'li'))),
        p.caveats.length ? h('h3', {}, 'Where sources differ') : null,
        p.caveats.length
          ? h('ul', { class: 'op-facts op-facts--caveats' }, ...p.caveats.map((f) => factNode(f, 'li')))
          : null,
      ]
    : [];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, m.name),
    m.roles.length
      ? h(
          'p',
          { class: 'op-roles' },
          h('span', { class: 'op-visually-hidden' }, 'Role: '),
          ...m.roles.map(roleChip(op)),
        )
      : null,
    strikeRole,
    ...april,
  ].filter((n): n is HTMLElement => n !== null);
}

export function hubNodes(hub: Hub, op: Operation): Node[] {
  const second = op.quotes[1];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, hub.name),
    h('p', { class: 'op-roles' }, h('span', { class: 'op-visually-hidden' }, 'Role: '), roleChip(op)('hub')),
    ...hub.bodies.flatMap((b) => [h('h3', {}, b.name), factNode(b.what)]),
    h('h3', {}, 'About this place'),
    h('ul', { class: 'op-facts op-facts--caveats' }, ...hub.caveats.map((f) => factNode(f, 'li'))),
    second ? quoteNode(second) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
