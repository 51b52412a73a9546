/**
 * The page's own words in the reader's language: the text index.html carries
 * (marked `data-i18n="key"` for text and `data-i18n-label="key"` for
 * aria-label, filled at build time for each language's page), the title,
 * kicker, dek, credit and map description from the operation, `<html lang>`,
 * and "About this map". Loaded and applied only when the reader's language is
 * not the page's own (`?lang=` on any page, a host's `lang` command), so the
 * English page's entry script carries none of it.
 */
import { describeMap, describeMapShort } from '../a11y/describe-map.ts';
import { aboutOf } from '../data/about.ts';
import type { About, Operation } from '../data/types.ts';
import { localizeAbout } from '../i18n/localize.ts';
import { h } from '../dom/h.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en.ts';
import { EN } from '../i18n/messages/en.ts';

const isKey = (k: string | undefined): k is MessageKey => k !== undefined && k in EN;

/** "About this map" as nodes, the same sections build/static-html.ts writes into the page. */
export function aboutNodes(about: About, i18n: I18n): Node[] {
  const time = (iso: string) => h('time', { datetime: iso }, i18n.date(iso));
  // "Published {published}; updated {updated}." with <time> elements in place of the dates.
  const [pub = '', mid = '', upd = ''] = i18n
    .t('about.dates', { published: '{published}', updated: '{updated}' })
    .split(/\{published\}|\{updated\}/);
  return [
    h('h2', { id: 'op-about-title' }, i18n.t('about.title')),
    h('h3', {}, i18n.t('about.method')),
    ...about.method.map((m) => h('p', {}, m)),
    h('h3', {}, i18n.t('about.labels')),
    h('dl', {}, ...about.markers.flatMap((m) => [h('dt', {}, m.label), h('dd', {}, m.meaning)])),
    h('h3', {}, i18n.t('about.sources')),
    h('p', {}, `${about.sources} `, h('a', { href: 'data/README.txt' }, i18n.t('about.everySource')), '.'),
    h('h3', {}, i18n.t('about.credits')),
    ...about.credits.map((c) => h('p', {}, c)),
    h('p', { class: 'op-about__dates' }, pub, time(about.published), mid, time(about.updated), upd),
    ...(about.corrections.length
      ? [
          h('h3', {}, i18n.t('about.corrections')),
          h('ul', {}, ...about.corrections.map((c) => h('li', {}, time(c.date), `: ${c.text}`))),
        ]
      : []),
  ];
}

export function applyPageText(root: HTMLElement, op: Operation, i18n: I18n): void {
  // The operation's own About (its sources), in the reader's language (op's method is already localized with it).
  const about = localizeAbout(aboutOf(op), i18n.lang, i18n.content);
  document.documentElement.lang = i18n.lang;
  document.title = op.title;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (isKey(key)) el.textContent = i18n.t(key);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = el.dataset.i18nLabel;
    if (isKey(key)) el.setAttribute('aria-label', i18n.t(key));
  }
  const set = (sel: string, text: string) => {
    const el = root.querySelector(sel);
    if (el) el.textContent = text;
  };
  set('.op-kicker', op.kicker);
  set('.op-title', op.title);
  set('.op-dek', op.dek);
  set('.op-credit', op.credit);
  set('#op-map-desc', describeMap(op, i18n));
  const short = describeMapShort(op, i18n);
  for (const svg of root.querySelectorAll('svg.op-static')) svg.setAttribute('aria-label', short);
  const aboutEl = root.querySelector('#op-about');
  if (aboutEl) aboutEl.replaceChildren(...aboutNodes(about, i18n));
}
