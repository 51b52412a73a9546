/**
 * The map's text as one HTML overlay above its canvas (in MapLibre's canvas
 * container, so a drag or a wheel on a label still moves the map and a click
 * on one reaches the map's own click): the overview's placed labels and the
 * hub's, the labels on the countries past the overview zoom (CLOSE_AFTER),
 * collision-checked greedily in screen space (place-greedy.ts), the inset's
 * title, the context labels of an earlier strike and, while the reader shows
 * them, the claimed attacks' labels (placed last, round all the others, at
 * the first free spot of ATTACK_LABEL_SPOTS). MapLibre draws no text at all:
 * no glyphs, no symbol layout, no placement on every frame.
 *
 * Positions come from `map.project()` once per frame that moved the camera
 * (the map's `move` marks it, its `render` of that frame writes the
 * transforms), each label's size measured once when it is made. The overlay
 * is `aria-hidden`: the participant list and the panels carry the names.
 * Looks: the static picture's (src/styles/map-labels.css).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { NamedKey, Operation } from '../data/types.ts';
import { h } from '../dom/h.ts';
import { HUB_LABEL_SIZE, LABEL_SIZE, wrapName } from '../geo/label-size.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import { isDefaultStrike, pickableKeys, placeViews } from '../state/selectors.ts';
import type { Store } from '../state/store.ts';
import { CLOSE_AFTER } from './ids.ts';
import '../styles/map-labels.css';
import {
  anchoredBox,
  byPriority,
  inFrame,
  intoFrame,
  overlaps,
  placeCandidates,
  placeGreedy,
  type Box,
} from './place-greedy.ts';
import { ATTACK_LABEL_SPOTS, attackFeatures } from './story-layers.ts';

/** The inset title's and the attacks' size, and the paddings in the collision checks (MapLibre's text-padding). */
const TITLE_SIZE = 11.5;
const ATTACK_SIZE = 11.5;
const CLOSE_PADDING = 4;
const ATTACK_PADDING = 2;

type Kind = 'overview' | 'hub' | 'close' | 'close-hub' | 'title' | 'context' | 'attack';

interface Label {
  readonly el: HTMLElement;
  readonly kind: Kind;
  readonly key: string;
  readonly role: string | null;
  readonly lngLat: readonly [number, number];
  readonly anchor: string;
  readonly offset: readonly [number, number];
  readonly size: number;
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

  const make = (
    kind: Kind,
    key: string,
    text: readonly string[],
    lngLat: readonly [number, number],
    anchor: string,
    offset: readonly [number, number],
    size: number,
    role: string | null = null,
  ): Label => {
    const el = h('div', { class: CLASS[kind], 'data-key': key, 'data-kind': kind }, text.join('\n'));
    el.style.fontSize = `${size}px`;
    el.style.textAlign = ALIGN(anchor);
    el.style.visibility = 'hidden';
    return { el, kind, key, role, lngLat, anchor, offset, size, box: [0, 0], shown: false, transform: '' };
  };

  const build = () => {
    const d = o.data();
    const next: Label[] = [];
    const hub = d.hub.features[0];
    for (const f of d.labels.features) {
      const p = f.properties;
      const lines = wrapName(p.name);
      next.push(
        make(
          'overview',
          p.key,
          lines,
          f.geometry.coordinates as [number, number],
          p.anchor,
          p.offset,
          LABEL_SIZE,
          p.role,
        ),
        make('close', p.key, lines, p.at, 'center', [0, 0], LABEL_SIZE, p.role),
      );
      // The on-country point and the role, for probes and tests (the same for both of a participant's labels).
      for (const l of next.slice(-2)) {
        l.el.dataset.at = p.at.join(',');
        l.el.dataset.role = p.role ?? '';
      }
    }
    for (const f of d.hubLabel.features) {
      const p = f.properties;
      next.push(
        make(
          'hub',
          'hub',
          wrapName(p.name),
          f.geometry.coordinates as [number, number],
          p.anchor,
          p.offset,
          HUB_LABEL_SIZE,
        ),
      );
    }
    if (hub)
      next.push(
        make(
          'close-hub',
          'hub',
          wrapName(hub.properties.name),
          hub.geometry.coordinates as [number, number],
          'left',
          [1, 0],
          HUB_LABEL_SIZE,
        ),
      );
    for (const f of d.insetFrame.features) {
      if (f.geometry.type !== 'Point') continue;
      const lines =
        o.i18n.lang === 'en' && f.properties.title
          ? f.properties.title.split('\n')
          : [o.i18n.t('map.insetTitle'), o.i18n.t('map.insetNote')];
      next.push(
        make(
          'title',
          '',
          lines,
          f.geometry.coordinates as [number, number],
          'bottom-left',
          [0.5, -0.4],
          TITLE_SIZE,
        ),
      );
    }
    for (const f of d.context.features)
      next.push(
        make(
          'context',
          f.properties.key,
          [f.properties.name],
          f.geometry.coordinates as [number, number],
          'center',
          [0, 0],
          LABEL_SIZE,
        ),
      );
    // The claimed attacks' labels, placed last round every other label while the reader shows them.
    for (const f of attackFeatures(o.op.attacks, o.i18n.locale).features)
      next.push(
        make(
          'attack',
          f.properties.id,
          wrapName(f.properties.label),
          f.geometry.coordinates as [number, number],
          'left',
          [0, 0],
          ATTACK_SIZE,
        ),
      );
    root.replaceChildren(...next.map((l) => l.el));
    // One layout for all of them: every size read after every label is in.
    for (const l of next) l.box = [Math.ceil(l.el.offsetWidth), Math.ceil(l.el.offsetHeight)];
    labels = next;
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

  /** One pass: every label's box from the camera, then every write (no reads between them). */
  const draw = () => {
    if (!dirty) return;
    dirty = false;
    const canvas = map.getCanvas();
    const width = canvas.clientWidth,
      height = canvas.clientHeight;
    closeFrom ??= overviewZoom();
    const close = closeFrom !== undefined && map.getZoom() >= closeFrom;
    const boxOf = (l: Label): Box | null => {
      const p = map.project(l.lngLat as [number, number]);
      const b = anchoredBox([p.x, p.y], l.anchor, l.offset, l.size, l.box);
      // A label whose point is in the frame is moved wholly into it (read whole, never cut at the edge).
      if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) return intoFrame(b, width, height);
      return inFrame(b, width, height) ? b : null;
    };
    const out = new Map<Label, Box | null>();
    const closeIn: { l: Label; key: string; role: string | null }[] = [];
    for (const l of labels) {
      if (l.kind === 'close' || l.kind === 'close-hub') {
        if (close) closeIn.push({ l, key: l.key, role: l.role });
        else out.set(l, null);
      } else if (l.kind === 'overview' || l.kind === 'hub') out.set(l, close ? null : boxOf(l));
      else if (l.kind === 'context') out.set(l, contextShown.has(l.key) ? boxOf(l) : null);
      else out.set(l, boxOf(l));
    }
    if (closeIn.length) {
      const order = byPriority(closeIn);
      const boxes = order.map(({ l }) => {
        const b = boxOf(l);
        // A close-in label shows only while its own point is in the frame.
        const p = b && map.project(l.lngLat as [number, number]);
        return p && p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height ? b : null;
      });
      // The hub's label is always drawn beside its dot (MapLibre's text-allow-overlap): placed first, it only blocks.
      const shown = placeGreedy(boxes, CLOSE_PADDING);
      order.forEach(({ l }, i) => out.set(l, shown[i] || l.kind === 'close-hub' ? boxes[i]! : null));
    }
    // The inset's title gives way to any country's or the hub's label it would run into (at small scales the
    // inset is small; its dashed frame and the key still say what it is).
    for (const [l, b] of out)
      if (l.kind === 'title' && b)
        for (const [m, c] of out)
          if (m !== l && c && overlaps(b, c, CLOSE_PADDING)) {
            out.set(l, null);
            break;
          }
    const attacks = labels.filter((l) => l.kind === 'attack');
    if (attacksOn && attacks.length) {
      const taken = [...out.values()].filter((b): b is Box => b !== null);
      const spots = attacks.map((l) => {
        const p = map.project(l.lngLat as [number, number]);
        return ATTACK_LABEL_SPOTS.map(([anchor, offset]) =>
          anchoredBox([p.x, p.y], anchor, offset, l.size, l.box),
        );
      });
      // A spot must lie wholly in the frame (MapLibre's text-optional: no spot, no label).
      const fits = spots.map((c) =>
        c.map((b) => (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height ? b : null)),
      );
      const chosen = placeCandidates(fits, taken, ATTACK_PADDING);
      attacks.forEach((l, i) => {
        const k = chosen[i]!;
        const b = k >= 0 ? fits[i]![k] : null;
        if (b) {
          const align = ALIGN(ATTACK_LABEL_SPOTS[k]![0]);
          if (l.el.style.textAlign !== align) l.el.style.textAlign = align;
        }
        out.set(l, b ?? null);
      });
    } else for (const l of attacks) out.set(l, null);
    for (const [l, b] of out) write(l, b);
  };
  const overviewZoom = () => {
    const z = o.overviewZoom();
    return z === undefined ? undefined : z + CLOSE_AFTER;
  };

  const mark = () => {
    dirty = true;
  };
  const subs = [
    map.on('move', mark),
    map.on('resize', () => {
      closeFrom = undefined;
      dirty = true;
    }),
    map.on('render', draw),
  ];
  const unsubscribe = o.store.subscribe((s) => applyState(s));
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
      closeFrom = undefined;
      dirty = true;
      draw();
    },
    destroy() {
      for (const s of subs) s.unsubscribe();
      unsubscribe();
      root.remove();
    },
  };
}
