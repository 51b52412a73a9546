/**
 * The headers the built app runs under, in one place: the preview server uses
 * them, and the deploy recipes (deploy/nginx.conf, deploy/_headers) repeat
 * them; test/unit/publish/deploy-recipes.test.ts fails when they drift apart.
 */

/** The Content-Security-Policy the built app runs under (maplibre-notes.md §7). */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Who may show the map in an iframe: anyone by default (it is made to be
 * embedded). A newsroom narrows it to its own sites, e.g.
 * `'self' https://www.newsroom.example https://*.newsroom.example`.
 */
export const FRAME_ANCESTORS = '*';

/** The full policy header: CSP plus frame-ancestors (which only works as a header, never in a meta tag). */
export const cspHeader = (frameAncestors: string = FRAME_ANCESTORS): string =>
  `${CSP}; frame-ancestors ${frameAncestors}`;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Cache policies: hashed files under assets/ never change; everything else is revalidated within minutes. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';
