/**
 * The participant list: the keyboard and screen-reader way to the map's
 * features. One button per participant and one for The Hague, each named
 * first by its English short name; arrow keys move between them (roving
 * tabindex); the pressed state follows the selection.
 */
import { h } from '../dom/h.ts';
import { ROLE_LABELS, primaryRole } from '../data/roles.ts';
import type { Alpha2, Operation } from '../data/types.ts';
import { OVERVIEW, selectionKey, type Action, type Selection, type State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function mountParticipantList(el: HTMLElement, store: Store<State, Action>, op: Operation) {
  const items = [
    ...op.participants.map((p) => ({ key: p.alpha2 as string, name: p.name, role: primaryRole(p) })),
    { key: 'hub', name: op.hub.name, role: 'hub' as const },
  ];
  const buttons = items.map((it) =>
    h('button', { type: 'button', class: 'op-item', 'data-key': it.key, 'aria-pressed': 'false', tabindex: '-1' },
      h('span', { class: `op-swatch op-swatch--${it.role}`, 'aria-hidden': 'true' }),
      h('span', { class: 'op-item__name' }, it.name),
      h('span', { class: 'op-item__role' }, `, ${ROLE_LABELS[it.role]}`)));
  el.replaceChildren(h('ul', { class: 'op-list', role: 'list' }, ...buttons.map((b) => h('li', {}, b))));

  const toSelection = (key: string): Selection => (key === 'hub' ? { kind: 'hub' } : { kind: 'country', code: key as Alpha2 });
  const onClick = (e: MouseEvent) => {
    const b = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-key]');
    if (!b?.dataset.key) return;
    const current = selectionKey(store.getState().selection);
    store.dispatch({ type: 'select', selection: current === b.dataset.key ? OVERVIEW : toSelection(b.dataset.key) });
  };
  const onKey = (e: KeyboardEvent) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    let j = -1;
    if (e.key in NEXT) j = (i + NEXT[e.key]! + buttons.length) % buttons.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = buttons.length - 1;
    if (j < 0) return;
    e.preventDefault();
    setTabStop(j);
    buttons[j]!.focus();
  };
  const onHoverIn = (e: MouseEvent) => {
    const key = (e.target as Element | null)?.closest<HTMLElement>('[data-key]')?.dataset.key ?? null;
    if (key) store.dispatch({ type: 'hover', key });
  };
  const onHoverOut = () => store.dispatch({ type: 'hover', key: null });
  const setTabStop = (j: number) => buttons.forEach((b, k) => b.setAttribute('tabindex', k === j ? '0' : '-1'));

  const render = (s: State) => {
    const sel = selectionKey(s.selection);
    buttons.forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.key === sel));
      b.classList.toggle('is-hover', b.dataset.key === s.hover);
      b.classList.toggle('is-dim', s.roleFilter !== null && !b.querySelector(`.op-swatch--${s.roleFilter}`));
    });
    if (!el.contains(document.activeElement)) setTabStop(Math.max(0, buttons.findIndex((b) => b.dataset.key === sel)));
  };
  el.addEventListener('click', onClick);
  el.addEventListener('keydown', onKey);
  el.addEventListener('mouseover', onHoverIn);
  el.addEventListener('mouseleave', onHoverOut);
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    /** Focus the button of a key, e.g. to return focus after Escape. */
    focus(key: string | null) {
      const b = buttons.find((x) => x.dataset.key === key) ?? buttons[0];
      if (b) { setTabStop(buttons.indexOf(b)); b.focus(); }
    },
    destroy() {
      unsubscribe();
      el.removeEventListener('click', onClick);
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('mouseover', onHoverIn);
      el.removeEventListener('mouseleave', onHoverOut);
    },
  };
}
