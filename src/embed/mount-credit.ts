/**
 * The graphic's dates beside its credit line, embedded or not:
 * "Published 29 November 2026 · Updated 3 December 2026" (only "Published"
 * when both are the same day). Dates come from the build (build/edition.ts).
 */
import { h } from '../dom/h.ts';

export interface Edition {
  readonly published: string;
  readonly updated: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const long = (iso: string): string => DAY.format(new Date(`${iso}T12:00:00Z`));

/** The dates as nodes: <time> elements with machine-readable datetime. */
export function editionNodes(e: Edition): Array<Node | string> {
  const out: Array<Node | string> = ['Published ', h('time', { datetime: e.published }, long(e.published))];
  if (e.updated !== e.published) out.push(' · Updated ', h('time', { datetime: e.updated }, long(e.updated)));
  return out;
}

export function mountCredit(footer: HTMLElement, e: Edition) {
  const p = h('p', { class: 'op-edition' }, ...editionNodes(e));
  const credit = footer.querySelector(':scope > p');
  if (credit) credit.after(p);
  else footer.prepend(p);
  return { destroy: () => p.remove() };
}
