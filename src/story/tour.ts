/**
 * The guided tour. Idle, it is one "Take the guided tour" button; running, it
 * shows "Step N of M", the step's cited text, and previous / next / exit
 * controls. Left and Right arrows step while focus is inside the tour;
 * Escape leaves it; on touch screens a horizontal swipe on the card steps.
 * The nodes are built once, so focus stays on the control the reader used.
 * On phones the running tour is a card fixed at the bottom of the window,
 * its controls first so they are never scrolled away (src/styles/phone.css).
 */
import { h } from '../dom/h.ts';
import type { TourStep } from '../data/types.ts';
import { factNode } from '../panels/cite.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export function mountTour(
  el: HTMLElement,
  store: Store<State, Action>,
  steps: readonly TourStep[],
  i18n: I18n = EN_I18N,
) {
  // An operation without a tour shows no tour at all: no button, no tip, an empty hidden box
  // (empty, so the prerendered page shows nothing either: app.css hides .op-tour:empty).
  if (steps.length === 0) {
    el.replaceChildren();
    el.hidden = true;
    el.classList.remove('is-running');
    return { destroy() {} };
  }
  const start = h(
    'button',
    { type: 'button', class: 'op-tour__start', 'data-tour': 'start' },
    i18n.t('tour.start', { n: steps.length }),
  );
  const indicator = h('p', { class: 'op-tour__step', 'aria-live': 'polite' });
  const title = h('h2', { class: 'op-tour__title', id: 'op-tour-title', tabindex: '-1' });
  const text = h('div', { class: 'op-tour__text' });
  const prev = h(
    'button',
    { type: 'button', class: 'op-tour__prev', 'data-tour': 'prev' },
    i18n.t('tour.previous'),
  );
  const next = h(
    'button',
    { type: 'button', class: 'op-tour__next', 'data-tour': 'next' },
    i18n.t('tour.next'),
  );
  const exit = h(
    'button',
    { type: 'button', class: 'op-tour__exit', 'data-tour': 'exit' },
    i18n.t('tour.exit'),
  );
  const running = h(
    'div',
    { class: 'op-tour__running', hidden: true },
    indicator,
    title,
    text,
    h('div', { class: 'op-tour__nav' }, prev, next, exit),
    h('p', { class: 'op-hint' }, i18n.t('tour.tip')),
  );
  el.replaceChildren(start, running);
  el.hidden = false;

  const go = (step: number | null) => store.dispatch({ type: 'step', step });
  const move = (by: number) => {
    const cur = store.getState().step;
    if (cur === null) return;
    const to = cur + by;
    if (to >= 1 && to <= steps.length) go(to);
  };
  const leave = () => {
    go(null);
    start.focus();
  };
  const onClick = (e: MouseEvent) => {
    const what = (e.target as Element | null)?.closest<HTMLElement>('[data-tour]')?.dataset.tour;
    if (what === 'start') {
      go(1);
      title.focus();
    } else if (what === 'prev') move(-1);
    else if (what === 'next') {
      if (store.getState().step === steps.length) leave();
      else move(1);
    } else if (what === 'exit') leave();
  };
  const onKey = (e: KeyboardEvent) => {
    if (store.getState().step === null || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      move(e.key === 'ArrowRight' ? 1 : -1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      leave();
    }
  };
  const render = (s: State) => {
    const step = s.step === null ? undefined : steps[s.step - 1];
    start.hidden = step !== undefined;
    running.hidden = step === undefined;
    el.classList.toggle('is-running', step !== undefined);
    if (!step || s.step === null) return;
    indicator.textContent = i18n.t('tour.step', { n: s.step, total: steps.length });
    title.textContent = step.title;
    text.replaceChildren(...step.text.map((f) => factNode(f, 'p', i18n)));
    prev.setAttribute('aria-disabled', String(s.step === 1));
    next.textContent = i18n.t(s.step === steps.length ? 'tour.finish' : 'tour.next');
  };
  let touch: { x: number; y: number } | null = null;
  const onTouchStart = (e: TouchEvent) => {
    const t = e.touches[0];
    touch = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const t = e.changedTouches[0];
    if (!touch || !t) return;
    const dx = t.clientX - touch.x,
      dy = t.clientY - touch.y;
    touch = null;
    if (Math.abs(dx) >= 60 && Math.abs(dx) > 1.5 * Math.abs(dy)) move(dx < 0 ? 1 : -1);
  };
  el.addEventListener('click', onClick);
  el.addEventListener('keydown', onKey);
  running.addEventListener('touchstart', onTouchStart, { passive: true });
  running.addEventListener('touchend', onTouchEnd, { passive: true });
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.step !== prev.step) render(s);
  });
  return {
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
      el.removeEventListener('keydown', onKey);
      running.removeEventListener('touchstart', onTouchStart);
      running.removeEventListener('touchend', onTouchEnd);
    },
  };
}
