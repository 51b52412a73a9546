/**
 * The campaign timeline: every operation of the campaign as a link to its
 * own page (the current one marked), and Europol's end-of-2015 alert as an
 * event, on a real time axis; below the legend, the current operation's
 * entry told with its citations (panels/strike-nodes.ts).
 */
import { h } from '../dom/h.ts';
import { CAMPAIGN, DEFAULT_SLUG, pagePath } from '../data/registry.ts';
import type { Operation } from '../data/types.ts';
import { strikeNodes } from '../panels/strike-nodes.ts';
import type { Action, State } from '../state/reducer.ts';
import { currentStrike } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

/** The link from this operation's page to another's (pages sit at the root or one folder down). */
export const campaignHref = (from: Pick<Operation, 'slug'>, slug: string): string =>
  `${from.slug === DEFAULT_SLUG ? './' : '../'}${pagePath(slug)}`;

/** `el` gets the entries (above the map), `detail` the current operation's story (below the legend). */
export function mountTimeline(
  el: HTMLElement,
  detail: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
) {
  const items = CAMPAIGN.map((s) => {
    const dot = h('span', { class: 'op-timeline__dot', 'aria-hidden': 'true' });
    if (s.slug === null)
      return h('span', { class: 'op-timeline__item op-timeline__event', 'data-strike': s.id }, dot, s.label);
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
      s.label,
    );
  });
  let destroyed = false;
  const at = <E extends HTMLElement>(node: E, percent: number): E => {
    node.style.left = `${percent}%`;
    return node;
  };
  // The d3 time scale is a chunk of its own, loaded after the first picture (it is not needed for it).
  const axisLoaded = import('./strike-axis.ts').then(
    ({ strikeAxis }) => {
      if (destroyed) return;
      const axis = strikeAxis(CAMPAIGN.map((s) => s.id));
      el.append(
        h(
          'div',
          { class: 'op-timeline__axis', 'aria-hidden': 'true' },
          ...axis.ticks.map((t) => at(h('span', { class: 'op-timeline__tick' }, t.label), t.at)),
          ...axis.strikes.map((m) => {
            const mark = h('span', { class: 'op-timeline__mark', 'data-strike-mark': m.id }, '');
            mark.classList.toggle('is-current', m.id === op.strike.id);
            return at(mark, m.at);
          }),
        ),
      );
    },
    () => undefined,
  );
  el.replaceChildren(
    h(
      'h2',
      { class: 'op-timeline__title', id: 'op-timeline-title' },
      'The campaign against Isis propaganda online',
    ),
    h(
      'ul',
      { class: 'op-timeline__list', role: 'list', 'aria-labelledby': 'op-timeline-title' },
      ...items.map((b) => h('li', {}, b)),
    ),
  );
  const render = (s: State) => {
    const strike = currentStrike(op, s);
    detail.dataset.currentStrike = s.strike;
    detail.replaceChildren(...(strike ? strikeNodes(strike) : []));
  };
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.strike !== prev.strike) render(s);
  });
  void axisLoaded;
  return {
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
