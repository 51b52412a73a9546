/**
 * MapData → the static twin of the map as an SVG string: the same composited
 * geometry, frame, palette, labels, hub, spokes and dashed inset frame the
 * MapLibre style draws, in the same order. Pure and deterministic; runs at
 * build time (Vite plugin) and in unit tests, never in the browser bundle.
 *
 * Every shape carries presentation attributes in the given theme (so resvg
 * and RSS readers see colours) and class names (so the page's CSS, driven by
 * the palette's custom properties, overrides them and follows light/dark).
 * Participants carry `data-key="<alpha-2>"`, the hub `data-key="hub"`.
 * The pieces: geometry-path.ts (geometry → path data), role-patterns.ts
 * (the roles' patterns), svg-label.ts (the labels and the inset's title).
 */
import { GROUND, roleScale, type Theme } from '../data/palette.ts';
import type { MapData } from '../geo/build-map-data.ts';
import { geometryPath } from './geometry-path.ts';
import { fitFrame, type Size } from './pixel-frame.ts';
import { rolePatterns } from './role-patterns.ts';
import { el, q } from './svg-markup.ts';
import { insetTitleSvg, svgLabel } from './svg-label.ts';

export interface StaticSvgOptions {
  /** Accessible name of the picture (role="img"). */
  readonly label: string;
  /** Extra classes on the root, e.g. the orientation. */
  readonly className?: string;
  /** Extra drawing beyond the box on each side, as a share of its size, shown where the box is wider or taller than the picture. */
  readonly bleed?: number;
  /** The inset's title in the reader's language, one line per entry (default: the geometry's English title). */
  readonly insetTitle?: readonly string[];
}

const LABEL_SIZE = 12.5;
const HUB_LABEL_SIZE = 12;
/**
 * The sea is drawn without anti-aliasing. Its edges lie outside the picture's box (the bleed, clipped by the
 * map's box, whose background is the same sea), so no pixel a reader sees changes; but Chromium rasterizes a
 * layer with 4× MSAA when its recording holds six or more concave anti-aliased paths (the picture holds dozens)
 * unless the recording holds any non-anti-aliased paint (cc: LayerTreeHostImpl::GetMSAASampleCountForRaster).
 * In software GL (SwiftShader: headless Chromium, machines without a GPU) the MSAA raster of the picture is
 * the first frame's main cost in the GPU process, which MapLibre's WebGL context then queues behind
 * (bench/results.md, issue 15).
 */
export const SEA_RENDERING = 'crispEdges';
export const LABEL_FONT = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export function buildStaticSvg(data: MapData, theme: Theme, size: Size, o: StaticSvgOptions): string {
  const g = GROUND[theme];
  const colour = roleScale(theme);
  const frame = fitFrame(data.layout.frame, size);
  const bx = size.width * (o.bleed ?? 0),
    by = size.height * (o.bleed ?? 0);
  const d = geometryPath(frame, size, [bx, by]);
  const countries = data.countries.features;
  const land = (part: 'main' | 'inset') =>
    el('path', {
      class: 'land',
      fill: colour(''),
      d: d(
        countries.filter((f) => !f.properties.alpha2 && f.properties.part === part).map((f) => f.geometry),
      ),
    });
  const borders = (part: 'main' | 'inset') =>
    el('path', {
      class: 'border',
      fill: 'none',
      stroke: g.border,
      'stroke-width': 0.6,
      d: d(data.borders.features.filter((f) => f.properties?.part === part).map((f) => f.geometry)),
    });

  // Every country the data names is its own shape (Spain too), so the live picture can colour it for any strike.
  const drawn = countries
    .filter((f) => f.properties.alpha2)
    .map((f) => ({ f, d: d([f.geometry]) }))
    .filter((x) => x.d);
  // The second cue for each role: the same line patterns as the interactive map (src/data/patterns.ts).
  const { defs: patternDefs, paths: patterns } = rolePatterns(
    drawn.map(({ f, d: pd }) => ({ key: f.properties.key, role: f.properties.role, d: pd })),
    o.className ?? 'op-static',
  );
  const participants = drawn.map(({ f, d: pd }) =>
    el('path', {
      class: f.properties.role ? `country role-${f.properties.role}` : 'country',
      'data-key': f.properties.key,
      fill: colour(f.properties.role ?? ''),
      stroke: g.border,
      'stroke-width': 0.8,
      'stroke-linejoin': 'round',
      d: pd,
    }),
  );
  const spokes = data.spokes.features.map((f) =>
    el('path', {
      class: 'spoke',
      'data-key': f.properties.key,
      fill: 'none',
      stroke: g.spoke,
      'stroke-width': 1.2,
      'stroke-opacity': 0.55,
      'stroke-dasharray': '2.4 1.8',
      'stroke-linecap': 'round',
      d: d([f.geometry]),
    }),
  );
  const labels = data.labels.features.map((f) =>
    svgLabel(frame, f, f.properties.key, LABEL_SIZE, 'label', {
      ink: g.ink,
      halo: g.labelHalo,
      haloWidth: 1.6,
    }),
  );
  const leaders = data.leaders.features.map((f) =>
    el('path', {
      class: 'leader',
      'data-key': f.properties.key,
      fill: 'none',
      stroke: g.ink,
      'stroke-width': 0.8,
      'stroke-opacity': 0.75,
      d: d([f.geometry]),
    }),
  );
  const hubLabel = data.hubLabel.features[0];
  const hub = data.hub.features.map((f) => {
    const [x, y] = frame.toPx(f.geometry.coordinates);
    return el(
      'g',
      { class: 'hub', 'data-key': 'hub' },
      el('circle', { class: 'hub-halo', cx: q(x), cy: q(y), r: 9, fill: g.paper, 'fill-opacity': 0.9 }),
      el('circle', { class: 'hub-dot', cx: q(x), cy: q(y), r: 6, fill: colour('hub') }),
      hubLabel
        ? svgLabel(frame, hubLabel, '', HUB_LABEL_SIZE, 'label hub-label', {
            ink: g.ink,
            halo: g.labelHalo,
            haloWidth: 1.8,
            weight: 700,
          })
        : '',
    );
  });
  const box = data.layout.inset?.target;
  const [ix0, iy0] = box ? frame.toPx([box[0], box[3]]) : [0, 0];
  const [ix1, iy1] = box ? frame.toPx([box[2], box[1]]) : [0, 0];
  const inset = { x: q(ix0), y: q(iy0), width: q(ix1 - ix0), height: q(iy1 - iy0) };
  const title =
    o.insetTitle ??
    data.insetFrame.features.find((f) => f.geometry.type === 'Point')?.properties.title?.split('\n') ??
    [];
  const insetTitle = box ? insetTitleSvg([ix0, iy1], title, g.muted, g.labelHalo) : '';

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: ['op-static', o.className].filter(Boolean).join(' '),
      viewBox: `0 0 ${size.width} ${size.height}`,
      width: size.width,
      height: size.height,
      role: 'img',
      'aria-label': o.label,
      'font-family': LABEL_FONT,
    },
    el('rect', {
      class: 'sea',
      x: q(-bx),
      y: q(-by),
      width: q(size.width + 2 * bx),
      height: q(size.height + 2 * by),
      fill: g.sea,
      'shape-rendering': SEA_RENDERING,
    }),
    land('main'),
    borders('main'),
    box ? el('rect', { class: 'inset-bg', ...inset, fill: g.sea }) : '',
    land('inset'),
    borders('inset'),
    box
      ? el('rect', {
          class: 'inset-frame',
          ...inset,
          fill: 'none',
          stroke: g.muted,
          'stroke-width': 1,
          'stroke-dasharray': '3 2',
        })
      : '',
    insetTitle,
    el('defs', {}, ...patternDefs),
    el('g', { class: 'countries' }, ...participants),
    el('g', { class: 'patterns', 'pointer-events': 'none' }, ...patterns),
    el('g', { class: 'spokes' }, ...spokes),
    el('g', { class: 'leaders' }, ...leaders),
    ...hub,
    el('g', { class: 'labels' }, ...labels),
  );
}
