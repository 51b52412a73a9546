/** Pure-ish builders: data → the nodes of each panel (overview, country, hub). */
import { h } from '../dom/h.ts';
import { AUTHORITY_NOT_NAMED } from '../data/participant-notes.ts';
import { roleLabel } from '../data/roles.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Hub, Operation, Quote, Role } from '../data/types.ts';
import type { PanelModel } from '../state/selectors-story.ts';
import { citesNode, factNode } from './cite.ts';
import { strikeNodes } from './strike-nodes.ts';
import { disagreementNodes } from './story-panels.ts';

const roleChip = (op: Pick<Operation, 'roles'>, r: Role, i18n: I18n) =>
  h(
    'span',
    { class: `op-chip op-chip--${r}` },
    h('span', { class: `op-swatch op-swatch--${r}`, 'aria-hidden': 'true' }),
    roleLabel(op, r, i18n),
  );

/** A quote verbatim, in its own language; in another language our translation beside it, marked as ours. */
function quoteNode(q: Quote, i18n: I18n): HTMLElement {
  return h(
    'figure',
    { class: 'op-quote' },
    h('blockquote', { lang: 'en' }, h('p', {}, `“${q.text.replace(/,$/, '')}”`)),
    q.translation
      ? h(
          'p',
          { class: 'op-quote__translation' },
          `(${i18n.t('fact.ourTranslation')}: ${q.translation.replace(/,$/, '')})`,
        )
      : null,
    h(
      'figcaption',
      {},
      i18n.t('panel.quoteBy', { speaker: q.speaker, title: q.title }),
      citesNode(q.cite, i18n),
    ),
  );
}

export function overviewNodes(op: Operation, i18n: I18n = EN_I18N): Node[] {
  const first = op.quotes[0];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, i18n.t('panel.overview')),
    h(
      'p',
      { class: 'op-when' },
      h('strong', {}, i18n.t('panel.when')),
      op.dates.text,
      ' ',
      citesNode(op.dates.cite, i18n),
    ),
    ...op.summary.map((f) => factNode(f, 'p', i18n)),
    h('h3', {}, i18n.t(op.outlets.length ? 'panel.outlets' : 'panel.targeted')),
    ...(op.outlets.length
      ? [
          h('ul', { class: 'op-outlets' }, ...op.outlets.map((o) => h('li', {}, o.name))),
          h(
            'button',
            { type: 'button', class: 'op-link-button', 'data-action': 'outlets' },
            i18n.t('panel.outletsMore'),
          ),
        ]
      : [factNode(op.outletsNote, 'p', i18n)]),
    first ? quoteNode(first, i18n) : null,
    ...(disagreementNodes(op, i18n) as HTMLElement[]),
    op.context.length ? h('h3', {}, i18n.t('panel.context')) : null,
    op.context.length
      ? h('ul', { class: 'op-facts' }, ...op.context.map((f) => factNode(f, 'li', i18n)))
      : null,
    h('p', { class: 'op-hint' }, i18n.t('panel.hint', { hub: op.hub.name })),
  ].filter((n): n is HTMLElement => n !== null);
}

/** The overview of the chosen strike: April 2018's story, or an earlier strike's. */
export function strikeOverviewNodes(
  op: Operation,
  m: Extract<PanelModel, { kind: 'overview' }>,
  i18n: I18n = EN_I18N,
): Node[] {
  if (m.isDefault) return overviewNodes(op, i18n);
  return [...strikeNodes(m.strike, 'h2', i18n), h('p', { class: 'op-hint' }, i18n.t('panel.strikeHint'))];
}

/** A country as the chosen strike tells it, then its part in April 2018 when it was a participant. */
export function countryNodes(
  m: Extract<PanelModel, { kind: 'country' }>,
  op: Pick<Operation, 'roles'>,
  i18n: I18n = EN_I18N,
): Node[] {
  const p = m.participant;
  const strikeRole =
    m.roles.length === 0
      ? h(
          'p',
          { class: 'op-fact op-fact--unconfirmed' },
          h('span', { class: 'op-badge' }, i18n.t('fact.notNamed')),
          ` ${i18n.t('panel.notNamedFor', { name: m.name, strike: m.strike.label })}`,
        )
      : null;
  const april = p
    ? [
        m.isDefault ? null : h('h3', {}, i18n.t('panel.inApril')),
        m.isDefault
          ? null
          : h(
              'p',
              { class: 'op-roles' },
              h('span', { class: 'op-visually-hidden' }, i18n.t('panel.roleInApril')),
              ...p.roles.map((r) => roleChip(op, r, i18n)),
            ),
        h('h3', {}, i18n.t('panel.authority')),
        p.authority
          ? factNode(p.authority, 'p', i18n)
          : h(
              'p',
              { class: 'op-fact op-fact--note' },
              h('span', { class: 'op-note-label' }, i18n.t('fact.notNamedLabel')),
              ' ',
              i18n.text(AUTHORITY_NOT_NAMED.text),
            ),
        h('h3', {}, i18n.t('panel.whatItDid')),
        h('ul', { class: 'op-facts' }, ...p.actions.map((f) => factNode(f, 'li', i18n))),
        p.caveats.length ? h('h3', {}, i18n.t('panel.sourcesDiffer')) : null,
        p.caveats.length
          ? h('ul', { class: 'op-facts op-facts--caveats' }, ...p.caveats.map((f) => factNode(f, 'li', i18n)))
          : null,
      ]
    : [];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, m.name),
    m.roles.length
      ? h(
          'p',
          { class: 'op-roles' },
          h('span', { class: 'op-visually-hidden' }, i18n.t('panel.role')),
          ...m.roles.map((r) => roleChip(op, r, i18n)),
        )
      : null,
    strikeRole,
    ...april,
  ].filter((n): n is HTMLElement => n !== null);
}

export function hubNodes(hub: Hub, op: Operation, i18n: I18n = EN_I18N): Node[] {
  const second = op.quotes[1];
  return [
    h('h2', { class: 'op-panel__title', tabindex: '-1' }, hub.name),
    h(
      'p',
      { class: 'op-roles' },
      h('span', { class: 'op-visually-hidden' }, i18n.t('panel.role')),
      roleChip(op, 'hub', i18n),
    ),
    ...hub.bodies.flatMap((b) => [h('h3', {}, b.name), factNode(b.what, 'p', i18n)]),
    h('h3', {}, i18n.t('panel.aboutPlace')),
    h('ul', { class: 'op-facts op-facts--caveats' }, ...hub.caveats.map((f) => factNode(f, 'li', i18n))),
    second ? quoteNode(second, i18n) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
