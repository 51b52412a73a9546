/**
 * A small label that follows the pointer over the map (and shows briefly
 * after a tap) naming the country and its role. Visual only: the participant
 * list and the panel are the accessible path, so it is aria-hidden.
 */
import type { NamedKey, Operation } from '../data/types.ts';
import type { State } from '../state/reducer.ts';
import { allPlaces, rolesText } from '../state/selectors.ts';
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

/** "Belgium · Lead", "The Hague · Coordination hub", "Spain · Lead" (June 2017): the place as the chosen strike tells it; null for anything else. */
export function tooltipText(
  key: NamedKey | null,
  op: Operation,
  s: Pick<State, 'strike'>,
  i18n: I18n = EN_I18N,
): string | null {
  const place = key === null ? undefined : allPlaces(op, s.strike).find((p) => p.key === key);
  if (!place) return null;
  const roles = rolesText(op, place.roles, i18n);
  return roles ? `${place.name} · ${roles}` : place.name;
}

export function mountTooltip(container: HTMLElement) {
  const tip = h('div', { class: 'op-tip', 'aria-hidden': 'true', hidden: true });
  container.append(tip);
  let timer = 0;
  const hide = () => {
    clearTimeout(timer);
    tip.hidden = true;
  };
  return {
    /** Show `text` near (x, y) in container pixels; with `ms`, hide it again after that long. */
    show(text: string | null, x: number, y: number, ms?: number) {
      if (!text) return hide();
      clearTimeout(timer);
      tip.textContent = text;
      tip.hidden = false;
      const w = container.clientWidth,
        tw = tip.offsetWidth,
        th = tip.offsetHeight;
      const left = Math.min(Math.max(4, x + 12), w - tw - 4);
      const top = y - th - 12 < 4 ? y + 16 : y - th - 12;
      tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      if (ms) timer = window.setTimeout(hide, ms);
    },
    hide,
    destroy() {
      hide();
      tip.remove();
    },
  };
}
