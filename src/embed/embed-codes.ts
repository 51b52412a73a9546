/**
 * The copy-ready embed codes and the URLs they use, built from the page's own
 * location at runtime so they are right wherever the map is hosted.
 */
import type { ShowOption, ThemeOption } from '../app-options.ts';
import { serializeHash, type HashStory } from '../state/url-state.ts';
import type { Selection } from '../state/reducer.ts';
import { escapeXml } from '../dom/escape-xml.ts';
import type { Lang } from '../i18n/langs.ts';

export interface EmbedUrls {
  /** The page itself: origin + path, no query or hash. */
  readonly page: string;
  /** The folder the page sits in, where embed.js and the static pictures are. */
  readonly dir: string;
}

export interface EmbedCode {
  /** Also the catalogue key of its label and hint (`embed.code.<id>`, `embed.hint.<id>`). */
  readonly id: 'iframe' | 'loader' | 'amp';
  readonly code: string;
}

/** What the editor chose in the dialog; each becomes a render flag (app-options.ts). */
export interface EmbedChoices {
  readonly show: ShowOption;
  readonly title: boolean;
  readonly theme: ThemeOption;
  /** Initial selection: lower-case alpha-2 or 'hub'; null for the overview. */
  readonly country: string | null;
  /** Initial strike (yyyy-mm); null for the default. */
  readonly strike: string | null;
  /** The embed's language; null: the reader's browser language (else English). */
  readonly lang?: Lang | null;
}

export const DEFAULT_CHOICES: EmbedChoices = {
  show: 'panel',
  title: true,
  theme: 'auto',
  country: null,
  strike: null,
};

/** The embed's query string for these choices: only what differs from the defaults. */
export function embedQuery(c: EmbedChoices, fit: boolean): string {
  const parts = [
    'embed=1',
    fit && 'fit=1',
    c.show !== 'panel' && `show=${c.show}`,
    !c.title && 'title=0',
    c.theme !== 'auto' && `theme=${c.theme}`,
    c.country && `country=${encodeURIComponent(c.country)}`,
    c.strike && `strike=${encodeURIComponent(c.strike)}`,
    c.lang && `lang=${c.lang}`,
  ];
  return parts.filter((p): p is string => typeof p === 'string').join('&');
}

/** Query keys that make the embedded look; dropped for the full page. */
const EMBED_KEYS = [
  'embed',
  'fit',
  'show',
  'title',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
  'debug',
];

/**
 * `canonical`: the page's <link rel="canonical"> (the PUBLIC_URL it was built
 * for); when present the codes point there, wherever this copy is viewed.
 */
export function embedUrls(loc: Pick<Location, 'origin' | 'pathname'>, canonical?: string | null): EmbedUrls {
  if (canonical && /^https?:\/\//.test(canonical)) {
    const u = new URL(canonical);
    return { page: u.origin + u.pathname, dir: u.origin + u.pathname.replace(/[^/]*$/, '') };
  }
  const page = loc.origin + loc.pathname;
  return { page, dir: loc.origin + loc.pathname.replace(/[^/]*$/, '') };
}

const attr = escapeXml;

export function embedCodes(
  urls: EmbedUrls,
  title: string,
  choices: EmbedChoices = DEFAULT_CHOICES,
  /** The AMP placeholder's text, in the page's language. */
  ampShow = 'Show the whole map',
): EmbedCode[] {
  const show = attr(ampShow);
  const t = attr(title);
  const fixed = attr(`${urls.page}?${embedQuery(choices, true)}`);
  const auto = attr(`${urls.page}?${embedQuery(choices, false)}`);
  return [
    {
      id: 'iframe',
      code: `<iframe src="${fixed}" title="${t}" width="100%" height="640" frameborder="0" loading="lazy" allow="fullscreen; clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    },
    {
      id: 'loader',
      code: `<div data-takedown-map-src="${auto}" data-takedown-map-title="${t}"></div>\n<script src="${attr(urls.dir)}embed.js" async></script>`,
    },
    {
      id: 'amp',
      code: [
        `<amp-iframe src="${auto}" title="${t}" width="600" height="640" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" allowfullscreen resizable frameborder="0">`,
        `  <div overflow tabindex="0" role="button" aria-label="${show}">${show}</div>`,
        `  <amp-img placeholder layout="fill" src="${attr(urls.dir)}static-map-wide.png" alt="${t}"></amp-img>`,
        '</amp-iframe>',
      ].join('\n'),
    },
  ];
}

/** The full page for the current view (selection, and strike or tour step when given): embed flags dropped, other flags (theme) kept. */
export function fullPageUrl(
  loc: Pick<Location, 'origin' | 'pathname' | 'search'>,
  selection: Selection,
  story?: HashStory,
): string {
  const q = new URLSearchParams(loc.search);
  for (const k of EMBED_KEYS) q.delete(k);
  q.delete('country');
  q.delete('strike');
  const search = q.toString();
  return loc.origin + loc.pathname + (search ? `?${search}` : '') + serializeHash(selection, story);
}
