/**
 * The graphic's dates beside its credit line, embedded or not:
 * "Published 29 November 2026 · Updated 3 December 2026" (only "Published"
 * when both are the same day). Dates come from the build (build/edition.ts).
 */
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

export interface Edition {
  readonly published: string;
  readonly updated: string;
}

/** "Published {date}" as text and a <time> element in place of {date}. */
function dated(template: string, iso: string, i18n: I18n): Array<Node | string> {
  const [before = '', after = ''] = template.split('{date}');
  return [before, h('time', { datetime: iso }, i18n.date(iso)), after].filter((x) => x !== '');
}

/** The dates as nodes: <time> elements with machine-readable datetime. */
export function editionNodes(e: Edition, i18n: I18n = EN_I18N): Array<Node | string> {
  const out = dated(i18n.t('embed.published', { date: '{date}' }), e.published, i18n);
  if (e.updated !== e.published)
    out.push(...dated(i18n.t('embed.updated', { date: '{date}' }), e.updated, i18n));
  return out;
}

export function mountCredit(footer: HTMLElement, e: Edition, i18n: I18n = EN_I18N) {
  const p = h('p', { class: 'op-edition' }, ...editionNodes(e, i18n));
  const credit = footer.querySelector(':scope > p');
  if (credit) credit.after(p);
  else footer.prepend(p);
  return { destroy: () => p.remove() };
}
