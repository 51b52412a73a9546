/**
 * The campaign timeline: every operation of the campaign as a link to its
 * own page (the current one marked), and Europol's end-of-2015 alert as an
 * event, on a real time axis; below the legend, the current operation's
 * entry told with its citations (panels/strike-nodes.ts), less what the
 * overview panel already tells (hidden when nothing is left).
 */
import { h } from '../dom/h.ts';
import { DEFAULT_SLUG, loadCampaign, pagePath, type CampaignEntry } from '../data/pages.ts';
import type { Operation } from '../data/types.ts';
import { strikeNodes } from '../panels/strike-nodes.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { currentStrike } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

/** The link from this operation's page to another's (pages sit at the root or one folder down). */
export const campaignHref = (from: Pick<Operation, 'slug'>, slug: string): string =>
  `${from.slug === DEFAULT_SLUG ? './' : '../'}${pagePath(slug)}`;

/**
 * `el` gets the entries (above the map), `detail` the current operation's story
 * (below the legend). The campaign is every operation's entry: given, or
 * loaded after the first picture (each operation is a chunk of its own).
 * Labels are in the reader's language: loadCampaign(lang) puts each
 * operation's entry into it (its folder's translations), `i18n.text` the
 * alert's (shared content).
 */
export function mountTimeline(
  el: HTMLElement,
  detail: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
  campaign: readonly CampaignEntry[] | Promise<readonly CampaignEntry[]> = loadCampaign(i18n.lang),
) {
  let destroyed = false;
  const list = h('ul', { class: 'op-timeline__list', role: 'list', 'aria-labelledby': 'op-timeline-title' });
  el.replaceChildren(
    h('h2', { class: 'op-timeline__title', id: 'op-timeline-title' }, i18n.t('timeline.title')),
    list,
  );
  const draw = (entries: readonly CampaignEntry[]) => {
    if (destroyed) return;
    list.replaceChildren(...itemsOf(entries).map((b) => h('li', {}, b)));
    void drawAxis(entries);
  };
  const itemsOf = (entries: readonly CampaignEntry[]) =>
    entries.map((s) => {
      const dot = h('span', { class: 'op-timeline__dot', 'aria-hidden': 'true' });
      if (s.slug === null)
        return h(
          'span',
          { class: 'op-timeline__item op-timeline__event', 'data-strike': s.id },
          dot,
          i18n.text(s.label),
        );
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
        i18n.text(s.label),
      );
    });
  const at = <E extends HTMLElement>(node: E, percent: number): E => {
    node.style.left = `${percent}%`;
    return node;
  };
  // The d3 time scale is a chunk of its own, loaded after the first picture (it is not needed for it).
  const drawAxis = (entries: readonly CampaignEntry[]) =>
    import('./strike-axis.ts').then(
      ({ strikeAxis }) => {
        if (destroyed) return;
        const axis = strikeAxis(entries.map((s) => s.id));
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
  if (Array.isArray(campaign)) draw(campaign as readonly CampaignEntry[]);
  else void (campaign as Promise<readonly CampaignEntry[]>).then(draw, () => undefined);
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
      destroyed = true;
      unsubscribe();
    },
  };
}
