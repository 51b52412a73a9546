/**
 * The graphic's dates beside its credit line, embedded or not:
 * "Published 29 November 2026 · Updated 3 December 2026" (only "Published"
 * when both are the same day). A compact embed, where every line is taken from
 * the map, says only the latest: "Updated 3 December 2026" (one line in a
 * 375 px column, whatever the dates). Dates come from the build (build/edition.ts).
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
export function editionNodes(e: Edition, i18n: I18n = EN_I18N, latestOnly = false): Array<Node | string> {
  const updated = () => dated(i18n.t('embed.updated', { date: '{date}' }), e.updated, i18n);
  if (e.updated === e.published)
    return dated(i18n.t('embed.published', { date: '{date}' }), e.published, i18n);
  if (latestOnly) return updated();
  return [...dated(i18n.t('embed.published', { date: '{date}' }), e.published, i18n), ' · ', ...updated()];
}

export function mountCredit(footer: HTMLElement, e: Edition, i18n: I18n = EN_I18N, latestOnly = false) {
  const p = h('p', { class: 'op-edition' }, ...editionNodes(e, i18n, latestOnly));
  const credit = footer.querySelector(':scope > p');
  if (credit) credit.after(p);
  else footer.prepend(p);
  return { destroy: () => p.remove() };
}
