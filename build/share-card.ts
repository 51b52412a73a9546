/**
 * The share image (og:image) as SVG: title, dates, the four April 2018 roles
 * with their colours and countries, the map, and the credit, so a link
 * preview says what the map is without the page. Rendered to a 1200 × 630
 * PNG at build time (static-assets.ts). Pure.
 */
import { participantsByRole } from '../src/a11y/describe-map.ts';
import { GROUND, ROLE_COLOURS } from '../src/data/palette.ts';
import { roleLabel } from '../src/data/roles.ts';
import { EN_I18N, type I18n } from '../src/i18n/i18n.ts';
import type { Operation } from '../src/data/types.ts';
import { LABEL_FONT } from '../src/static/build-static-svg.ts';
import { el, textEl } from '../src/static/svg-markup.ts';

export interface CardSize {
  readonly width: number;
  readonly height: number;
}

/** Greedy word wrap by character count (the card's fonts are known: DejaVu Sans at build time). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The map is drawn this many times larger than its box, so labels read at link-preview size without crowding. */
export const MAP_SCALE = 1.45;

/** The map area of the card: the right-hand part. */
export const cardMapBox = (card: CardSize) => {
  const width = Math.round(card.width * 0.6);
  return { x: card.width - width, y: 28, width, height: card.height - 64 };
};

/**
 * `mapSvg` is the static map (buildStaticSvg) drawn at cardMapBox's size; it
 * is placed on the card as a nested <svg>.
 */
export function buildShareCard(
  op: Operation,
  mapSvg: string,
  card: CardSize,
  alt: string,
  i18n: I18n = EN_I18N,
): string {
  const g = GROUND.light;
  const left = 22,
    colWidth = card.width - cardMapBox(card).width - left - 10;
  const text = (x: number, y: number, size: number, s: string, extra: Record<string, string | number> = {}) =>
    textEl('text', { x, y, 'font-size': size, 'font-family': LABEL_FONT, fill: g.ink, ...extra }, s);
  const parts: string[] = [el('rect', { width: card.width, height: card.height, fill: g.paper })];
  let y = 34;
  parts.push(
    text(left, y, 10.5, op.kicker.split(' · ')[1] ?? op.kicker, { fill: g.muted, 'font-weight': 600 }),
  );
  y += 24;
  for (const line of wrap(op.title, Math.floor(colWidth / 10.5))) {
    parts.push(text(left, y, 17, line, { 'font-weight': 700 }));
    y += 21;
  }
  y += 8;
  for (const [role, names] of participantsByRole(op, i18n.locale)) {
    parts.push(
      el('rect', {
        x: left,
        y: y - 10,
        width: 12,
        height: 12,
        rx: 2,
        fill: ROLE_COLOURS[role],
        stroke: g.ink,
        'stroke-opacity': 0.35,
        'stroke-width': 0.5,
      }),
    );
    parts.push(text(left + 18, y, 10.5, roleLabel(op, role, i18n), { 'font-weight': 700 }));
    y += 13;
    for (const line of wrap(names.join(', '), Math.floor(colWidth / 5.6))) {
      parts.push(text(left + 18, y, 9.5, line, { fill: g.muted }));
      y += 12;
    }
    y += 6;
  }
  parts.push(
    el('circle', {
      cx: left + 6,
      cy: y - 4,
      r: 5,
      fill: ROLE_COLOURS.hub,
      stroke: g.paper,
      'stroke-width': 1.5,
    }),
  );
  parts.push(
    text(left + 18, y, 10.5, `${roleLabel(op, 'hub', i18n)}: ${op.hub.name}`, { 'font-weight': 700 }),
  );
  const box = cardMapBox(card);
  // The map is drawn at MAP_SCALE × the box and shown at the box's size, so its labels shrink with it.
  parts.push(
    mapSvg.replace(
      /^<svg\b([^>]*?) width="[^"]*" height="[^"]*"/,
      `<svg x="${box.x}" y="${box.y}"$1 width="${box.width}" height="${box.height}"`,
    ),
  );
  const credit = wrap(op.credit, Math.floor((card.width - 2 * left) / 4.6));
  credit.forEach((line, i) =>
    parts.push(text(left, card.height - 12 - (credit.length - 1 - i) * 11, 8.5, line, { fill: g.muted })),
  );
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${card.width} ${card.height}`,
      width: card.width,
      height: card.height,
      role: 'img',
      'aria-label': alt,
    },
    ...parts,
  );
}
