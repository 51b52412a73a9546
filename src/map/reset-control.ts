/** A map control that returns the camera to the framing of what is shown (the overview, a selection, a strike or a tour step). */
import type { IControl } from 'maplibre-gl';
import { h } from '../dom/h.ts';

export class ResetControl implements IControl {
  private el: HTMLElement | null = null;
  /** `label`: "Reset the map view" in the reader's language. */
  constructor(
    private readonly reset: () => void,
    private readonly label: string,
  ) {}
  onAdd(): HTMLElement {
    const button = h('button', {
      type: 'button',
      class: 'op-reset',
      title: this.label,
      'aria-label': this.label,
    });
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(ns, 'path');
    // Four corners of a frame: "fit the view".
    path.setAttribute('d', 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5');
    svg.append(path);
    button.append(svg);
    button.addEventListener('click', this.reset);
    this.el = h('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group' }, button);
    return this.el;
  }
  onRemove(): void {
    this.el?.querySelector('button')?.removeEventListener('click', this.reset);
    this.el?.remove();
    this.el = null;
  }
}
