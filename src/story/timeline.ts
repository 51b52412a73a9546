/**
 * The campaign timeline: every operation of the campaign as a link to its
 * own page (the current one marked), and Europol's end-of-2015 alert as an
 * event, on a real time axis; below the legend, the current operation's
 * entry told with its citations (panels/strike-nodes.ts), less what the
 * overview panel already tells (hidden when nothing is left). The entries,
 * their labels in every language and the axis's layout are computed at
 * build time (`virtual:campaign-timeline`, story/campaign-timeline.ts): the
 * page loads no other operation's chunk and no d3 for them.
 */
import CAMPAIGN_TIMELINE from 'virtual:campaign-timeline';
import { h } from '../dom/h.ts';
import { DEFAULT_SLUG, pagePath } from '../data/pages.ts';
import type { Operation } from '../data/types.ts';
import { strikeNodes } from '../panels/strike-nodes.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { currentStrike } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';
import type { CampaignTimeline } from './campaign-timeline.ts';

/** The link from this operation's page to another's (pages sit at the root or one folder down). */
export const campaignHref = (from: Pick<Operation, 'slug'>, slug: string): string =>
  `${from.slug === DEFAULT_SLUG ? './' : '../'}${pagePath(slug)}`;

/**
 * `el` gets the entries (above the map), `detail` the current operation's story
 * (below the legend). The entries' labels are in the reader's language
 * (`i18n.lang`), as the build put them (each operation's folder translations,
 * then the shared ones).
 */
export function mountTimeline(
  el: HTMLElement,
  detail: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
  timeline: CampaignTimeline = CAMPAIGN_TIMELINE,
) {
  const labels = timeline.labels[i18n.lang];
  const items = timeline.entries.map((s, i) => {
    const dot = h('span', { class: 'op-timeline__dot', 'aria-hidden': 'true' });
    const label = labels[i] ?? '';
    if (s.slug === null)
      return h('span', { class: 'op-timeline__item op-timeline__event', 'data-strike': s.id }, dot, label);
    const current = s.slug === op.slug;
    return h(
      'a',
      {
        class: 'op-timeline__item',
        href: current ? '#' : campaignHref(op, s.slug),
        'data-strike': s.id,
        'aria-current': current ? 'page' : null,
      },
      dot,
      label,
    );
  });
  const at = <E extends HTMLElement>(node: E, percent: number): E => {
    node.style.left = `${percent}%`;
    return node;
  };
  el.replaceChildren(
    h('h2', { class: 'op-timeline__title', id: 'op-timeline-title' }, i18n.t('timeline.title')),
    h(
      'ul',
      { class: 'op-timeline__list', role: 'list', 'aria-labelledby': 'op-timeline-title' },
      ...items.map((b) => h('li', {}, b)),
    ),
    h(
      'div',
      { class: 'op-timeline__axis', 'aria-hidden': 'true' },
      ...timeline.axis.ticks.map((t) => at(h('span', { class: 'op-timeline__tick' }, t.label), t.at)),
      ...timeline.axis.strikes.map((m) => {
        const mark = h('span', { class: 'op-timeline__mark', 'data-strike-mark': m.id }, '');
        mark.classList.toggle('is-current', m.id === op.strike.id);
        return at(mark, m.at);
      }),
    ),
  );
  // What the overview panel already tells (an operation's summary is often its campaign entry) is not told twice.
  const told = new Set(op.summary.map((f) => f.text));
  const render = (s: State) => {
    const strike = currentStrike(op, s);
    detail.dataset.currentStrike = s.strike;
    const nodes = strike ? strikeNodes(strike, 'h3', i18n, told) : [];
    detail.replaceChildren(...nodes);
    detail.hidden = nodes.length === 0;
  };
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.strike !== prev.strike) render(s);
  });
  return {
    destroy() {
      unsubscribe();
    },
  };
}
