/**
 * A small label that follows the pointer over the map (and shows briefly
 * after a tap) naming the country and its role. Visual only: the participant
 * list and the panel are the accessible path, so it is aria-hidden.
 */
import { ROLE_LABELS } from '../data/roles.ts';
import type { Operation } from '../data/types.ts';
import { h } from '../dom/h.ts';

/** "Belgium · Lead", "The Hague · Coordination hub"; null for anything else. */
export function tooltipText(key: string | null, op: Operation): string | null {
  if (key === 'hub') return `${op.hub.name} · ${ROLE_LABELS.hub}`;
  const p = op.participants.find((x) => x.alpha2 === key);
  return p ? `${p.name} · ${p.roles.map((r) => ROLE_LABELS[r]).join(', ')}` : null;
}

export function mountTooltip(container: HTMLElement) {
  const tip = h('div', { class: 'op-tip', 'aria-hidden': 'true', hidden: true });
  container.append(tip);
  let timer = 0;
  const hide = () => { clearTimeout(timer); tip.hidden = true; };
  return {
    /** Show `text` near (x, y) in container pixels; with `ms`, hide it again after that long. */
    show(text: string | null, x: number, y: number, ms?: number) {
      if (!text) return hide();
      clearTimeout(timer);
      tip.textContent = text;
      tip.hidden = false;
      const w = container.clientWidth, tw = tip.offsetWidth, th = tip.offsetHeight;
      const left = Math.min(Math.max(4, x + 12), w - tw - 4);
      const top = y - th - 12 < 4 ? y + 16 : y - th - 12;
      tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      if (ms) timer = window.setTimeout(hide, ms);
    },
    hide,
    destroy() { hide(); tip.remove(); },
  };
}
