/**
 * HTML generated from the data module for readers without the interactive
 * map: share meta tags, and the <noscript> block (picture, summary, table of
 * participants and roles). Every data string is escaped.
 */
import { ROLE_LABELS } from '../src/data/roles.ts';
import type { HtmlTagDescriptor } from 'vite';
import type { Operation } from '../src/data/types.ts';
import { escapeXml as esc } from '../src/dom/escape-xml.ts';
import { PNG_ZOOM, SHARE, WIDE } from './static-assets.ts';

export const WIDE_PNG = 'static-map-wide.png';
export const SHARE_PNG = 'share.png';

/** og:image wants an absolute URL; hosts set SITE_URL (e.g. https://news.example/takedown-map/), else it stays relative. */
export function absoluteUrl(file: string, siteUrl: string | undefined): string {
  if (!siteUrl) return file;
  try {
    return new URL(file, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
  } catch {
    return file;
  }
}

/** The share tags as Vite tag descriptors, injected into <head> by transformIndexHtml. */
export function shareMetaTags(op: Operation, alt: string, siteUrl?: string): HtmlTagDescriptor[] {
  const image = absoluteUrl(SHARE_PNG, siteUrl);
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', op.title],
    ['property', 'og:description', op.dek],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(SHARE.width * SHARE.zoom)],
    ['property', 'og:image:height', String(SHARE.height * SHARE.zoom)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', op.title],
    ['name', 'twitter:description', op.dek],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  if (siteUrl) tags.unshift(['property', 'og:url', absoluteUrl('', siteUrl)]);
  return tags.map(([k, n, v]) => ({ tag: 'meta', attrs: { [k]: n, content: v }, injectTo: 'head' }));
}

/** The same tags as markup (for tests and readers of the built page). */
export function shareMeta(op: Operation, alt: string, siteUrl?: string): string {
  return shareMetaTags(op, alt, siteUrl).map(({ attrs = {} }) => `<meta ${Object.entries(attrs).map(([k, v]) => `${k}="${esc(String(v))}"`).join(' ')} />`).join('\n    ');
}

export function noscriptHtml(op: Operation, alt: string): string {
  const rows = op.participants.map((p) =>
    `<tr><th scope="row">${esc(p.name)}</th><td>${esc(p.roles.map((r) => ROLE_LABELS[r]).join(', '))}</td><td>${esc(p.actions.map((a) => a.text).join(' '))}</td></tr>`);
  const summary = op.summary.map((f) => `<p>${esc(f.text)}</p>`).join('');
  return `<noscript><div class="op-noscript">
<p class="op-noscript__note">This page works best with JavaScript; without it, here is the map as a picture and its content as text.</p>
<img class="op-noscript__img" src="${WIDE_PNG}" width="${WIDE.width * PNG_ZOOM}" height="${WIDE.height * PNG_ZOOM}" alt="${esc(alt)}" />
<p><strong>${esc(op.dates.text)}</strong></p>${summary}
<table class="op-noscript__table"><caption>${esc(`The ${op.participants.length} countries and their roles (coordinated from ${op.hub.name})`)}</caption>
<thead><tr><th scope="col">Country</th><th scope="col">Role</th><th scope="col">What it did</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</div></noscript>`;
}
