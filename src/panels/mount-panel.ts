/**
 * The side panel: overview, a country, or The Hague, re-rendered from state.
 * When the selection changes by a user action, focus moves to the heading.
 */
import { h } from '../dom/h.ts';
import type { Operation } from '../data/types.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { OVERVIEW, sameSelection, type Action, type State } from '../state/reducer.ts';
import { panelModel } from '../state/selectors-story.ts';
import type { Store } from '../state/store.ts';
import { countryNodes, hubNodes, strikeOverviewNodes } from './panel-content.ts';
import { outletsNodes } from './story-panels.ts';
import { renderInto } from '../dom/render-into.ts';

export interface PanelOptions {
  /** Move focus to the heading when the selection changes (not on first render). */
  readonly focusOnChange: boolean;
}

export function mountPanel(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  opts: PanelOptions,
  i18n: I18n = EN_I18N,
) {
  const back = () => store.dispatch({ type: 'select', selection: OVERVIEW });
  const onClick = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest('[data-action="overview"]')) back();
    else if ((e.target as Element | null)?.closest('[data-action="outlets"]'))
      store.dispatch({ type: 'select', selection: { kind: 'outlets' } });
  };
  el.addEventListener('click', onClick);

  const render = (s: State) => {
    const sel = s.selection;
    const m = panelModel(op, s) ?? panelModel(op, { ...s, selection: OVERVIEW });
    if (!m) return;
    const body =
      m.kind === 'hub'
        ? hubNodes(op.hub, op, i18n)
        : m.kind === 'outlets'
          ? outletsNodes(op, i18n)
          : m.kind === 'country'
            ? countryNodes(m, op, i18n)
            : strikeOverviewNodes(op, m, i18n);
    const close =
      sel.kind === 'overview'
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'op-back',
              'data-action': 'overview',
              'aria-label': i18n.t('panel.back'),
            },
            i18n.t('panel.backText'),
          );
    el.dataset.panel = sel.kind === 'country' ? sel.code.toLowerCase() : sel.kind;
    renderInto(el, [...(close ? [close] : []), ...body]);
  };

  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (sameSelection(s.selection, prev.selection) && s.strike === prev.strike) return;
    render(s);
    if (sameSelection(s.selection, prev.selection)) return;
    // Only when this document has focus (a host page's select() must not pull focus into an iframe), and not while the tour steps.
    if (opts.focusOnChange && s.step === prev.step && document.hasFocus())
      el.querySelector<HTMLElement>('.op-panel__title')?.focus({ preventScroll: false });
  });
  return {
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
    },
  };
}
