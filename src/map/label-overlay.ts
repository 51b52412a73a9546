/**
 * The map's text as one HTML overlay above its canvas (in MapLibre's canvas
 * container, so a drag or a wheel on a label still moves the map and a click
 * on one reaches the map's own click): the overview's placed labels and the
 * hub's, the labels on the countries past the overview zoom (CLOSE_AFTER),
 * collision-checked greedily in screen space (place-greedy.ts), the inset's
 * title, the context labels of an earlier strike and, while the reader shows
 * them, the claimed attacks' labels (placed last, round all the others, at
 * the first free spot of ATTACK_LABEL_SPOTS), all clear of the map's
 * controls (label-layout.ts). MapLibre draws no text at all: no glyphs, no
 * symbol layout, no placement on every frame.
 *
 * Positions come from `map.project()` once per frame that moved the camera
 * (the map's `move` marks it, its `render` of that frame writes the
 * transforms), each label's size measured once when it is made, the
 * controls' boxes once per size of the map. The overlay
 * is `aria-hidden`: the participant list and the panels carry the names.
 * Looks: the static picture's (src/styles/map-labels.css).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { NamedKey, Operation } from '../data/types.ts';
import { h } from '../dom/h.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { isDefaultStrike, pickableKeys, placeViews } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';
import { CLOSE_AFTER } from './ids.ts';
import '../styles/map-labels.css';
import {
  layoutLabels,
  type Insets,
  type LabelKind as Kind,
  type Placeable,
  type Segment,
} from './label-layout.ts';
import type { Box } from './place-greedy.ts';
import { labelSpecs, type LabelSpec } from './label-specs.ts';

interface Label extends Placeable {
  readonly el: HTMLElement;
  /** An attack's leader line (drawn when its label sits in the far ring) and what was last written to it. */
  readonly leader: HTMLElement | null;
  line: string;
  /** Measured once, after it is made. */
  box: readonly [number, number];
  /** What was last written, so a frame writes only what changed. */
  shown: boolean;
  transform: string;
}

export interface LabelOverlayOptions {
  readonly data: () => MapViewData;
  readonly op: Operation;
  readonly store: Store<State, Action>;
  readonly i18n: I18n;
  /** The zoom that frames the overview in the map's box (undefined before the map knows its size). */
  readonly overviewZoom: () => number | undefined;
  /** Pixels of the map's frame a card in it covers, by side: read when the camera starts to move (a card opening
   * or closing moves it), when the map resizes and when one of `coverCards` changes size. */
  readonly covered?: () => Insets;
  /** The cards `covered` measures (an embed's panel and tour): one that grows, shrinks, opens or closes without
   * a camera move (a longer text, a collapse) re-reads it and lays the labels out again. */
  readonly coverCards?: readonly Element[];
}

export interface LabelOverlay {
  /** The participant or hub a label element (or a node inside it) stands for, if pickable now. */
  keyAt(target: EventTarget | null): NamedKey | null;
  /** The data changed (another layout): make the labels again. */
  rebuild(): void;
  /** The map's box changed size: the overview zoom may have too. */
  resize(): void;
  destroy(): void;
}

const CLASS: Readonly<Record<Kind, string>> = {
  overview: 'op-label',
  close: 'op-label',
  hub: 'op-label op-label--hub',
  'close-hub': 'op-label op-label--hub',
  title: 'op-label op-label--title',
  context: 'op-label op-label--context',
  attack: 'op-label op-label--attack',
};
const ALIGN = (anchor: string) =>
  anchor.endsWith('left') ? 'left' : anchor.endsWith('right') ? 'right' : 'center';

export function mountLabelOverlay(map: MlMap, o: LabelOverlayOptions): LabelOverlay {
  const root = h('div', { class: 'op-labels', 'aria-hidden': 'true' });
  map.getCanvasContainer().append(root);
  let labels: Label[] = [];
  let closeFrom: number | undefined;
  let dirty = true;

  const make = (sp: LabelSpec): Label => {
    const { kind, key, lines, ...place } = sp;
    const { at } = sp;
    const el = h('div', { class: CLASS[kind], 'data-key': key, 'data-kind': kind }, lines.join('\n'));
    // A participant's on-country point and role, for probes and tests (the same for both of its labels).
    if (at) {
      el.dataset.at = at.join(',');
      el.dataset.role = sp.role ?? '';
    }
    el.style.fontSize = `${sp.size}px`;
    el.style.textAlign = ALIGN(sp.anchor);
    el.style.visibility = 'hidden';
    const leader = kind === 'attack' ? h('div', { class: 'op-label-leader', 'data-key': key }) : null;
    if (leader) leader.style.visibility = 'hidden';
    return { el, leader, line: '', kind, key, ...place, box: [0, 0], shown: false, transform: '' };
  };

  const build = () => {
    const next = labelSpecs(o.data(), o.op.attacks, o.i18n).map(make);
    // The leaders first, so every label is drawn over them.
    root.replaceChildren(...next.flatMap((l) => (l.leader ? [l.leader] : [])), ...next.map((l) => l.el));
    // One layout for all of them: every size read after every label is in.
    for (const l of next) l.box = [Math.ceil(l.el.offsetWidth), Math.ceil(l.el.offsetHeight)];
    labels = next;
    obstacles = undefined;
    applyState(o.store.getState());
    dirty = true;
    draw();
  };

  /** Which context labels the chosen strike names (Spain, June 2017), and which labels are faded. */
  let contextShown = new Set<string>();
  let attacksOn = false;
  const applyState = (s: State) => {
    const views = placeViews(o.op, s);
    const earlier = !isDefaultStrike(o.op, s);
    const next = new Set<string>();
    if (s.attacks !== attacksOn) {
      attacksOn = s.attacks;
      dirty = true;
    }
    for (const l of labels) {
      const v = views.get(l.key as never);
      if (l.kind === 'title' || l.kind === 'attack') continue;
      if (l.kind === 'context') {
        if (earlier && v && v.role !== null) next.add(l.key);
        continue;
      }
      const dim = Boolean(v && (v.dim || (l.key !== 'hub' && v.quiet)));
      if (l.el.classList.contains('is-dim') !== dim) l.el.classList.toggle('is-dim', dim);
    }
    if ([...next].join() !== [...contextShown].join()) {
      contextShown = next;
      dirty = true;
    }
    draw();
  };

  const write = (l: Label, box: Box | null) => {
    const shown = box !== null;
    if (shown) {
      const t = `translate(${box.x0}px,${box.y0}px)`;
      if (t !== l.transform) l.el.style.transform = l.transform = t;
    }
    if (shown !== l.shown) {
      l.shown = shown;
      l.el.style.visibility = shown ? '' : 'hidden';
    }
  };

  /** An attack's leader: a line from its marker's edge to its label (hidden when it has none). */
  const writeLeader = (l: Label, s: Segment | undefined) => {
    if (!l.leader) return;
    const line = s
      ? `translate(${s.x0.toFixed(1)}px,${s.y0.toFixed(1)}px) rotate(${Math.atan2(s.y1 - s.y0, s.x1 - s.x0).toFixed(4)}rad)`
      : '';
    if (line === l.line) return;
    l.line = line;
    if (s) {
      l.leader.style.transform = line;
      l.leader.style.width = `${Math.hypot(s.x1 - s.x0, s.y1 - s.y0).toFixed(1)}px`;
    }
    l.leader.style.visibility = s ? '' : 'hidden';
  };

  /** One pass: every label's box from the camera, then every write (no reads between them). */
  const draw = () => {
    if (!dirty) return;
    dirty = false;
    const canvas = map.getCanvas();
    const width = canvas.clientWidth,
      height = canvas.clientHeight;
    closeFrom ??= overviewZoom();
    const close = closeFrom !== undefined && map.getZoom() >= closeFrom;
    obstacles ??= controlBoxes();
    const { boxes, anchors, leaders } = layoutLabels(labels, {
      project: (at) => map.project(at as [number, number]),
      width,
      height,
      close,
      contextShown,
      attacksOn,
      obstacles,
      covered,
    });
    for (const [l, anchor] of anchors) {
      const align = ALIGN(anchor);
      if (l.el.style.textAlign !== align) l.el.style.textAlign = align;
    }
    for (const [l, b] of boxes) write(l, b);
    for (const l of labels) writeLeader(l, leaders.get(l));
  };
  let covered = o.covered?.();
  /** The map's controls' boxes in the canvas's pixels (read once per size: they move only with it). */
  let obstacles: Box[] | undefined;
  const controlBoxes = (): Box[] => {
    const c = map.getCanvas().getBoundingClientRect();
    return [...map.getContainer().querySelectorAll('.maplibregl-ctrl')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      return r.width && r.height
        ? [{ x0: r.left - c.left, y0: r.top - c.top, x1: r.right - c.left, y1: r.bottom - c.top }]
        : [];
    });
  };
  const overviewZoom = () => {
    const z = o.overviewZoom();
    return z === undefined ? undefined : z + CLOSE_AFTER;
  };

  const mark = () => {
    dirty = true;
  };
  /** Re-read what the cards cover (a card opened, closed or changed size, or the camera starts to move). */
  const recover = () => {
    covered = o.covered?.();
    dirty = true;
  };
  /** The map's size changed: the close-in zoom and the controls' boxes are read again, and what the cards cover. */
  const resized = () => {
    closeFrom = obstacles = undefined;
    recover();
  };
  const subs = [
    map.on('movestart', recover),
    map.on('move', mark),
    map.on('resize', resized),
    map.on('render', draw),
  ];
  const unsubscribe = o.store.subscribe((s) => applyState(s));
  // A card's size is read after layout, before paint: the labels move in the same frame as the card.
  const cards = o.coverCards?.length
    ? new ResizeObserver(() => {
        recover();
        draw();
      })
    : null;
  for (const c of o.coverCards ?? []) cards?.observe(c, { box: 'border-box' });
  build();

  return {
    keyAt(target) {
      const el = (target as Element | null)?.closest?.('.op-label');
      const l = labels.find((x) => x.el === el);
      if (!l || !l.shown || l.kind === 'title' || l.kind === 'context' || l.kind === 'attack') return null;
      return pickableKeys(o.op, o.store.getState()).find((k) => k === l.key) ?? null;
    },
    rebuild: build,
    resize() {
      resized();
      draw();
    },
    destroy() {
      for (const s of subs) s.unsubscribe();
      unsubscribe();
      cards?.disconnect();
      root.remove();
    },
  };
}
