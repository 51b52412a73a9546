/** A campaign entry (an operation, or Europol's alert) told with its citations: who led, where a source names a lead; what it hit. */
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Strike } from '../data/types.ts';
import { factNode } from './cite.ts';

/**
 * `told`: texts the page already shows next to it (the overview panel's), left out so the
 * reader does not get the same paragraphs twice; with nothing left to tell (no lead, no
 * fact), no nodes at all.
 */
export function strikeNodes(
  s: Strike,
  headingTag: 'h2' | 'h3' = 'h3',
  i18n: I18n = EN_I18N,
  told: ReadonlySet<string> = new Set(),
): HTMLElement[] {
  const lead =
    s.kind === 'strike' && s.leadName
      ? h('p', { class: 'op-strike__lead' }, h('strong', {}, i18n.t('strike.ledBy')), s.leadName)
      : null;
  const facts = [s.summary, ...s.details].filter((f) => !told.has(f.text)).map((f) => factNode(f, 'p', i18n));
  if (!lead && facts.length === 0) return [];
  return [
    headingTag === 'h2'
      ? h('h2', { class: 'op-panel__title', tabindex: '-1' }, s.label)
      : h('h3', { class: 'op-strike__title' }, s.label),
    lead,
    ...facts,
  ].filter((n): n is HTMLElement => n !== null);
}
