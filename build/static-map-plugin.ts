/**
 * The static twin in the page: the map as inline SVG inside #op-map (both
 * orientations; CSS shows the one that fits the box), so the first paint is
 * the map with no script and no extra request; `data-map-state="static"` on
 * <html>; share meta tags and a <noscript> block; and the PNGs
 * (static-map-wide.png, share.png) emitted into dist/ and served in dev.
 */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import { publicUrl } from './public-url.ts';
import { buildStaticAssets, type StaticAssets } from './static-assets.ts';
import { ABOUT } from '../src/data/about.ts';
import { aboutHtml, noscriptHtml, shareMetaTags, SHARE_PNG, WIDE_PNG } from './static-html.ts';

/** The empty map box in index.html, whatever other attributes it carries. */
const MAP_BOX = /<div id="op-map"([^>]*)><\/div>/;

export function staticMapPlugin(siteUrl: string | undefined = publicUrl()): Plugin {
  let assets: StaticAssets | null = null;
  const get = () => (assets ??= buildStaticAssets(OPERATION));
  const pngs = () => ({ [WIDE_PNG]: get().widePng(), [SHARE_PNG]: get().sharePng() });
  return {
    name: 'takedown-map:static-map',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!MAP_BOX.test(html)) throw new Error('static map: index.html has no empty #op-map box');
        const a = get();
        return {
          html: html
            .replace('data-map-state="loading"', 'data-map-state="static"')
            .replace(MAP_BOX, (_, attrs: string) => `<div id="op-map"${attrs}>${a.wideSvg}${a.tallSvg}</div>`)
            .replace('<footer', `${noscriptHtml(OPERATION, a.alt)}\n      <footer`)
            .replace('</footer>', `${aboutHtml(ABOUT)}\n      </footer>`),
          tags: shareMetaTags(OPERATION, a.alt, siteUrl),
        };
      },
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(pngs()))
        this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^.*\//, '') ?? '';
        if (name !== WIDE_PNG && name !== SHARE_PNG) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(name === WIDE_PNG ? get().widePng() : get().sharePng());
      });
    },
  };
}
