/**
 * The static twin at build time: world-atlas from node_modules → buildMapData
 * (the same composited geometry the interactive map draws, its outlines
 * simplified for the picture's size in build/static-topology.ts) → the SVG in
 * both orientations, and PNGs rendered by resvg.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Operation } from '../src/data/types.ts';
import { OPERATION } from '../src/data/operation.ts';
import { buildMapData, type CountriesTopology, type MapData } from '../src/geo/build-map-data.ts';
import { buildStaticSvg } from '../src/static/build-static-svg.ts';
import { describeMapShort as describeMap } from '../src/a11y/describe-map.ts';
import { fineTopologyFor } from './fine-outlines.ts';
import { staticMapData } from './static-topology.ts';
import { breakpointCss } from './breakpoint-plugin.ts';
import { loadWorldAtlas } from './world-atlas.ts';
import { buildShareCard, cardMapBox, MAP_SCALE } from './share-card.ts';
import { EN_I18N, type I18n } from '../src/i18n/i18n.ts';

/** Nominal boxes: the desktop map box at 1280 × 800, and a phone's at 375 px, as tall as the data's frame needs (nominalSize()). */
export const WIDE = buildMapData(loadWorldAtlas(), OPERATION, 'wide').placement.size;
/** Drawn at half size and rendered at 2×, so labels stay legible in a link preview. */
export const SHARE = { width: 600, height: 315, zoom: 2 } as const;
export const PNG_ZOOM = 1.5;

/**
 * resvg reads TTF/OTF only, so
 * the PNGs use DejaVu Sans (Debian's fonts-dejavu-core, which .ci/run
 * installs), else Liberation Sans, else whatever the system has.
 */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];

export { loadWorldAtlas };

export interface StaticAssets {
  readonly alt: string;
  readonly wideSvg: string;
  /** The wide picture's nominal size. */
  readonly wideSize: { readonly width: number; readonly height: number };
  readonly tallSvg: string;
  /** Light theme PNG of the wide picture. */
  widePng(): Buffer;
  /** 1200 × 630 share image (og:image). */
  sharePng(): Buffer;
}

export function renderPng(svg: string, zoom: number): Buffer {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: fontFiles.length ? 'DejaVu Sans' : 'sans-serif',
    },
  })
    .render()
    .asPng();
}

/** The inset's title in the reader's language; English keeps the geometry's own (the SVG snapshots stay as they were). */
const insetOption = (i18n: I18n): { insetTitle?: string[] } =>
  i18n.lang === 'en' ? {} : { insetTitle: [i18n.t('map.insetTitle'), i18n.t('map.insetNote')] };

/** The share card: title, dates, roles with colours and countries, the map and the credit (build/share-card.ts). */
export function shareSvg(op: Operation, wide: MapData, alt: string, i18n: I18n = EN_I18N): string {
  const box = cardMapBox(SHARE);
  // Never narrower than the box the labels were placed in (nominalSize), or they would collide.
  const scale = Math.max(MAP_SCALE, wide.placement.size.width / box.width);
  const drawn = { width: Math.round(box.width * scale), height: Math.round(box.height * scale) };
  return buildShareCard(
    op,
    buildStaticSvg(wide, 'light', drawn, { label: alt, ...insetOption(i18n) }),
    SHARE,
    alt,
    i18n,
  );
}

export function buildStaticAssets(
  op: Operation,
  topology: CountriesTopology = loadWorldAtlas(),
  i18n: I18n = EN_I18N,
): StaticAssets {
  const fine = fineTopologyFor(topology, op);
  const wide = staticMapData(topology, op, 'wide', fine);
  const tall = staticMapData(topology, op, 'tall', fine);
  const alt = describeMap(op, i18n);
  const inset = insetOption(i18n);
  return {
    alt,
    wideSize: wide.placement.size,
    wideSvg: buildStaticSvg(wide, 'light', wide.placement.size, {
      label: alt,
      ...inset,
      className: 'op-static--wide',
      bleed: 0.1,
    }),
    tallSvg: buildStaticSvg(tall, 'light', tall.placement.size, {
      label: alt,
      ...inset,
      className: 'op-static--tall',
      bleed: 0.06,
    }),
    widePng: () =>
      renderPng(buildStaticSvg(wide, 'light', wide.placement.size, { label: alt, ...inset }), PNG_ZOOM),
    sharePng: () => renderPng(shareSvg(op, wide, alt, i18n), SHARE.zoom),
  };
}

/** The map box's proportions for each orientation, from the data's frame (so the box fits the data, not the screen). */
export function mapBoxCss(op: Operation = OPERATION, topology: CountriesTopology = loadWorldAtlas()): string {
  const wide = buildMapData(topology, op, 'wide').placement.size;
  const tall = buildMapData(topology, op, 'tall').placement.size;
  return `.op-map{aspect-ratio:${wide.width}/${wide.height}}@media ${breakpointCss('(--narrow)')}{.op-map{aspect-ratio:${tall.width}/${tall.height}}}`;
}
