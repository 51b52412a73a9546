/** dist/404.html: the app's own "not found" page, in its header style, with a link back to the map. Pure. */
import { escapeXml as esc } from '../src/static/svg-markup.ts';

export interface NotFoundOptions {
  readonly title: string;
  readonly kicker: string;
  /** The app's stylesheet, as a URL that works from any path on the site. */
  readonly cssHref: string;
  /** The map's page. */
  readonly home: string;
}

export const NOT_FOUND_TITLE = 'Page not found';

export function notFoundHtml(o: NotFoundOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <title>${esc(NOT_FOUND_TITLE)}: ${esc(o.title)}</title>
    <link rel="stylesheet" href="${esc(o.cssHref)}" />
  </head>
  <body>
    <div class="op-app">
      <header class="op-header">
        <p class="op-kicker">${esc(o.kicker)}</p>
        <h1 class="op-title">${esc(NOT_FOUND_TITLE)}</h1>
        <p class="op-dek">There is nothing at this address. The map is here: <a href="${esc(o.home)}">${esc(o.title)}</a>.</p>
      </header>
    </div>
  </body>
</html>
`;
}
