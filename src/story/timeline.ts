/**
 * The campaign timeline: one button per entry (aria-pressed), Europol's
 * end-of-2015 alert and the strikes, on a time axis, and the chosen entry
 * told with its citations (panels/strike-nodes.ts). Choosing one retells
 * every view through the store and the selectors.
 */
import { h } from '../dom/h.ts';
import { isStrikeId } from '../data/strikes.ts';
import type { Operation } from '../data/types.ts';
import { strikeNodes } from '../panels/strike-nodes.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { currentStrike, isDefaultStrike } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

/** `el` gets the buttons (above the map), `detail` the chosen strike's story (below the legend). */
export function mountTimeline(
  el: HTMLElement,
  detail: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  const buttons = op.strikes.map((s) =>
    h(
      'button',
      { type: 'button', class: 'op-timeline__item', 'data-strike': s.id, 'aria-pressed': 'false' },
      h('span', { class: 'op-timeline__dot', 'aria-hidden': 'true' }),
      s.label,
    ),
  );
  // Strike changes are announced by the one announcer (src/a11y/announcer.ts), not by this region.
  // The buttons stay a list (the keyboard path); the axis beneath draws when each strike was, to scale.
  // Its d3 time scale is a chunk of its own, loaded after the first picture (it is not needed for it).
  let marks: HTMLElement[] = [];
  let destroyed = false;
  const at = <E extends HTMLElement>(node: E, percent: number): E => {
    node.style.left = `${percent}%`;
    return node;
  };
  const axisLoaded = import('./strike-axis.ts').then(
    ({ strikeAxis }) => {
      if (destroyed) return;
      const axis = strikeAxis(op.strikes.map((s) => s.id));
      marks = axis.strikes.map((m) =>
        at(h('span', { class: 'op-timeline__mark', 'data-strike-mark': m.id }), m.at),
      );
      el.append(
        h(
          'div',
          { class: 'op-timeline__axis', 'aria-hidden': 'true' },
          ...axis.ticks.map((t) => at(h('span', { class: 'op-timeline__tick' }, t.label), t.at)),
          ...marks,
        ),
      );
      render(store.getState());
    },
    () => undefined,
  );
  el.replaceChildren(
    h('h2', { class: 'op-timeline__title', id: 'op-timeline-title' }, i18n.t('timeline.title')),
    h(
      'ul',
      {
        class: 'op-timeline__list',
        role: 'list',
        'aria-labelledby': 'op-timeline-title',
        'aria-controls': detail.id || null,
      },
      ...buttons.map((b) => h('li', {}, b)),
    ),
  );
  const onClick = (e: MouseEvent) => {
    const id = (e.target as Element | null)?.closest<HTMLElement>('[data-strike]')?.dataset.strike;
    if (isStrikeId(id)) store.dispatch({ type: 'strike', strike: id });
  };
  const render = (s: State) => {
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.strike === s.strike)));
    marks.forEach((m) => m.classList.toggle('is-current', m.dataset.strikeMark === s.strike));
    const strike = currentStrike(op, s);
    detail.dataset.currentStrike = s.strike;
    detail.replaceChildren(...(strike ? strikeNodes(strike, 'h3', i18n) : []));
    // On the overview of an earlier strike the panel tells this same story: show it once.
    detail.hidden = s.selection.kind === 'overview' && !isDefaultStrike(s);
  };
  el.addEventListener('click', onClick);
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.strike !== prev.strike || s.selection !== prev.selection) render(s);
  });
  void axisLoaded;
  return {
    destroy() {
      destroyed = true;
      unsubscribe();
      el.removeEventListener('click', onClick);
    },
  };
}
