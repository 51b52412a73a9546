/**
 * The participant list: the keyboard and screen-reader way to the map's
 * features. One button per country the chosen strike names (the eight
 * participants of April 2018; Spain and the US for June 2017) and one for
 * The Hague, each named first by its English short name; arrow keys move
 * between them (roving tabindex); pressed, hover and dimmed states come from
 * the selectors.
 */
import { h } from '../dom/h.ts';
import { listen } from '../dom/listen.ts';
import { setAttr, setClass } from '../dom/set-attr.ts';
import { roleLabel } from '../data/roles.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { NamedKey, Operation } from '../data/types.ts';
import { OVERVIEW, selectionKey, selectionOf, type Action, type State } from '../state/reducer.ts';
import { listItems, type ListItem } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const itemButton = (op: Pick<Operation, 'roles'>, it: ListItem, i18n: I18n) =>
  h(
    'button',
    { type: 'button', class: 'op-item', 'data-key': it.key, 'aria-pressed': 'false', tabindex: '-1' },
    h('span', { class: `op-swatch op-swatch--${it.role ?? 'none'}`, 'aria-hidden': 'true' }),
    h('span', { class: 'op-item__name' }, it.name),
    it.role ? h('span', { class: 'op-item__role' }, `, ${roleLabel(op, it.role, i18n)}`) : null,
  );

export function mountParticipantList(
  el: HTMLElement,
  store: Store<State, Action>,
  op: Operation,
  i18n: I18n = EN_I18N,
) {
  let buttons: HTMLButtonElement[] = [];
  let keys: NamedKey[] = [];
  let builtFor: State['strike'] | null = null;
  const build = (items: readonly ListItem[]) => {
    buttons = items.map((it) => itemButton(op, it, i18n));
    keys = items.map((it) => it.key);
    el.replaceChildren(h('ul', { class: 'op-list', role: 'list' }, ...buttons.map((b) => h('li', {}, b))));
  };
  const keyOf = (b: Element | null | undefined): NamedKey | null => {
    const i = b ? buttons.indexOf(b as HTMLButtonElement) : -1;
    return i < 0 ? null : (keys[i] ?? null);
  };

  const onClick = (e: MouseEvent) => {
    const key = keyOf((e.target as Element | null)?.closest('button[data-key]'));
    if (!key) return;
    store.dispatch({
      type: 'select',
      selection: selectionKey(store.getState().selection) === key ? OVERVIEW : selectionOf(key),
    });
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
    const key = keyOf((e.target as Element | null)?.closest('button[data-key]'));
    if (key) store.dispatch({ type: 'hover', key });
  };
  const onHoverOut = () => store.dispatch({ type: 'hover', key: null });
  const setTabStop = (j: number) => buttons.forEach((b, k) => setAttr(b, 'tabindex', k === j ? '0' : '-1'));

  const render = (s: State) => {
    const items = listItems(op, s);
    if (builtFor !== s.strike) {
      build(items);
      builtFor = s.strike;
    }
    items.forEach((it, i) => {
      const b = buttons[i]!;
      setAttr(b, 'aria-pressed', String(it.pressed));
      setClass(b, 'is-hover', it.hover);
      setClass(b, 'is-dim', it.dim);
    });
    if (!el.contains(document.activeElement))
      setTabStop(
        Math.max(
          0,
          items.findIndex((it) => it.pressed),
        ),
      );
  };
  const off = [
    listen(el, 'click', onClick),
    listen(el, 'keydown', onKey),
    listen(el, 'mouseover', onHoverIn),
    listen(el, 'mouseleave', onHoverOut),
  ];
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    /** Focus the button of a key, e.g. to return focus after Escape. */
    focus(key: NamedKey | null) {
      const b = (key === null ? undefined : buttons[keys.indexOf(key)]) ?? buttons[0];
      if (b) {
        setTabStop(buttons.indexOf(b));
        b.focus();
      }
    },
    destroy() {
      unsubscribe();
      for (const f of off) f();
    },
  };
}
