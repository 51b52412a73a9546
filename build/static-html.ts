/**
 * HTML generated from the data module for readers without the interactive
 * map: share meta tags, the <noscript> block (picture, summary, table of
 * participants and roles with every action, caveat and citation, the
 * disagreements, aftermath and context), and "About this map" at the foot.
 * Every data string is escaped.
 */
import { AUTHORITY_NOT_NAMED } from '../src/data/participant-notes.ts';
import { roleLabel } from '../src/data/roles.ts';
import { EN_I18N, type I18n } from '../src/i18n/i18n.ts';
import type { HtmlTagDescriptor } from 'vite';
import { sourceOf } from '../src/data/source-of.ts';
import type { About, Citation, Fact, Operation } from '../src/data/types.ts';
import { citationLabel, citationTitle } from '../src/data/export/cite-text.ts';
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
export function shareMetaTags(op: Operation, mapAlt: string, siteUrl?: string): HtmlTagDescriptor[] {
  const image = absoluteUrl(SHARE_PNG, siteUrl);
  // The card carries the title, the dates, the key and the credit around the map.
  const alt = `${op.title} (${op.kicker}). ${mapAlt} ${op.credit}`;
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
export function shareMeta(op: Operation, mapAlt: string, siteUrl?: string): string {
  return shareMetaTags(op, mapAlt, siteUrl)
    .map(
      ({ attrs = {} }) =>
        `<meta ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${esc(String(v))}"`)
          .join(' ')} />`,
    )
    .join('\n    ');
}

/** "Sources: article ¶5, The Guardian" as the panels show it (brackets by CSS), the publishers linked to their pages. */
export function citesHtml(cites: readonly Citation[], i18n: I18n = EN_I18N): string {
  const seen = new Set<string>();
  const parts = cites.flatMap((c) => {
    const label = citationLabel(c);
    if (seen.has(label)) return [];
    seen.add(label);
    const s = sourceOf(c.source);
    return [
      s.url ? `<a href="${esc(s.url)}" title="${esc(citationTitle(c))}">${esc(label)}</a>` : esc(label),
    ];
  });
  return parts.length
    ? ` <span class="op-cites"><span class="op-visually-hidden">${esc(i18n.t('fact.sources'))}</span>${parts.join(', ')}</span>`
    : '';
}

/** A fact with its marker and citations, as the panels show it. */
export function factHtml(f: Fact, i18n: I18n = EN_I18N): string {
  if (f.research) return `<strong>${esc(i18n.t('fact.research'))}</strong> ${esc(f.text)}`;
  const badge = f.unconfirmed ? `<strong>${esc(i18n.t('fact.unconfirmed'))}:</strong> ` : '';
  return `${badge}${esc(f.text)}${citesHtml(f.cite, i18n)}`;
}

/**
 * The page without JavaScript: the picture, the summary and the sections the overview panel has (in the panel's
 * order, so the page's gzip finds them within its 32 KB window of the prerendered panel: 1.5 KB less on the
 * Bulgarian page), then the table of participants.
 */
export function noscriptHtml(
  op: Operation,
  alt: string,
  size: { readonly width: number; readonly height: number } = WIDE,
  i18n: I18n = EN_I18N,
): string {
  const t = (k: Parameters<I18n['t']>[0]) => esc(i18n.t(k));
  const list = (fs: readonly Fact[]): string =>
    `<ul>${fs.map((f) => `<li>${factHtml(f, i18n)}</li>`).join('')}</ul>`;
  const rows = op.participants.map((p) => {
    const authority = p.authority
      ? `${esc(p.authority.text)}${citesHtml(p.authority.cite, i18n)}`
      : `<strong>${t('fact.notNamedLabel')}</strong> ${esc(i18n.text(AUTHORITY_NOT_NAMED.text))}`;
    return `<tr><th scope="row">${esc(p.name)}</th><td>${esc(p.roles.map((r) => roleLabel(op, r, i18n)).join(', '))}</td><td>${authority}</td><td>${list([...p.actions, ...p.caveats])}</td></tr>`;
  });
  const hub = op.hub;
  rows.push(
    `<tr><th scope="row">${esc(hub.name)}</th><td>${esc(roleLabel(op, 'hub', i18n))}</td><td>${esc(hub.bodies.map((b) => b.name).join('; '))}</td><td>${list([...hub.bodies.map((b) => b.what), ...hub.caveats])}</td></tr>`,
  );
  const summary = op.summary.map((f) => `<p>${factHtml(f, i18n)}</p>`).join('');
  const section = (title: string, fs: readonly Fact[]) =>
    fs.length ? `<h2>${esc(title)}</h2>${list(fs)}` : '';
  const caption = i18n.t('noscript.caption', { n: op.participants.length, hub: op.hub.name });
  return `<noscript><div class="op-noscript">
<p class="op-noscript__note">${t('noscript.note')}</p>
<img class="op-noscript__img" src="${WIDE_PNG}" width="${size.width * PNG_ZOOM}" height="${size.height * PNG_ZOOM}" alt="${esc(alt)}" />
<p><strong>${esc(op.dates.text)}</strong>${citesHtml(op.dates.cite, i18n)}</p>${summary}
${section(i18n.t('panel.disagree'), op.disagreements)}${section(i18n.t('panel.afterwards'), op.aftermath)}${section(i18n.t('panel.context'), op.context)}
<table class="op-noscript__table"><caption>${esc(caption)}</caption>
<thead><tr><th scope="col">${t('table.country')}</th><th scope="col">${t('table.role')}</th><th scope="col">${t('table.authority')}</th><th scope="col">${t('table.facts')}</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</div></noscript>`;
}

/** "About this map" at the page foot, visible with or without JavaScript. */
export function aboutHtml(about: About, i18n: I18n = EN_I18N): string {
  const t = (k: Parameters<I18n['t']>[0]) => esc(i18n.t(k));
  const date = (iso: string) => `<time datetime="${esc(iso)}">${esc(i18n.date(iso))}</time>`;
  const dates = esc(i18n.t('about.dates', { published: '\u0000', updated: '\u0001' }))
    .replace('\u0000', date(about.published))
    .replace('\u0001', date(about.updated));
  return `<section class="op-about" id="op-about" aria-labelledby="op-about-title">
<h2 id="op-about-title">${t('about.title')}</h2>
<h3>${t('about.method')}</h3>${about.method.map((m) => `<p>${esc(m)}</p>`).join('')}
<h3>${t('about.labels')}</h3><dl>${about.markers.map((m) => `<dt>${esc(m.label)}</dt><dd>${esc(m.meaning)}</dd>`).join('')}</dl>
<h3>${t('about.sources')}</h3><p>${esc(about.sources)} <a href="data/README.txt">${t('about.everySource')}</a>.</p>
<h3>${t('about.credits')}</h3>${about.credits.map((c) => `<p>${esc(c)}</p>`).join('')}
<p class="op-about__dates">${dates}</p>
${about.corrections.length ? `<h3>${t('about.corrections')}</h3><ul>${about.corrections.map((c) => `<li>${date(c.date)}: ${esc(c.text)}</li>`).join('')}</ul>` : ''}
</section>`;
}
