/**
 * The static twin in the page: the map as inline SVG inside #op-map (both
 * orientations; CSS shows the one that fits the box), so the first paint is
 * the map with no script and no extra request; `data-map-state="static"` on
 * <html>; share meta tags and a <noscript> block; and the PNGs
 * (static-map-wide.png, share.png) emitted into dist/ and served in dev.
 * Every page is rendered by one function of (operation, language)
 * (build/language-page.ts): English at dist/index.html, each other language
 * at dist/<lang>/index.html with its own pictures and downloads beside it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import type { Lang } from '../src/i18n/langs.ts';
import { publicUrl } from './public-url.ts';
import { buildStaticAssets, type StaticAssets } from './static-assets.ts';
import { SHARE_PNG, WIDE_PNG } from './static-html.ts';
import { inLanguage, langDir, PREFIXED, prefixedPage, renderPage } from './language-page.ts';
import { dataFiles } from './data-downloads-plugin.ts';

export function staticMapPlugin(siteUrl: string | undefined = publicUrl()): Plugin {
  const assets = new Map<Lang, StaticAssets>();
  const get = (lang: Lang): StaticAssets => {
    let a = assets.get(lang);
    if (!a) {
      const l = inLanguage(OPERATION, lang);
      a = buildStaticAssets(l.op, undefined, l.i18n);
      assets.set(lang, a);
    }
    return a;
  };
  const pageUrl = (lang: Lang) => (siteUrl ? new URL(langDir(lang), siteUrl).href : undefined);
  const render = (template: string, lang: Lang) =>
    renderPage(template, { ...inLanguage(OPERATION, lang), assets: get(lang), siteUrl: pageUrl(lang) });
  let template: string | null = null;
  let root = process.cwd();
  return {
    name: 'takedown-map:static-map',
    configResolved(c) {
      root = c.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        template = html;
        return render(html, 'en');
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        const emit = (fileName: string, source: string | Uint8Array) =>
          this.emitFile({ type: 'asset', fileName, source });
        emit(WIDE_PNG, get('en').widePng());
        emit(SHARE_PNG, get('en').sharePng());
        if (!template) throw new Error('static map: index.html was not transformed');
        const loader = readFileSync(resolve(root, 'public/embed.js'));
        for (const lang of PREFIXED) {
          const dir = langDir(lang);
          emit(`${dir}index.html`, prefixedPage(render(template, lang), dir, siteUrl));
          emit(`${dir}${WIDE_PNG}`, get(lang).widePng());
          emit(`${dir}${SHARE_PNG}`, get(lang).sharePng());
          for (const [file, body] of Object.entries(dataFiles(pageUrl(lang), lang)))
            emit(`${dir}${file}`, body);
          // The embed codes on a language's page name the loader beside it.
          emit(`${dir}embed.js`, loader);
        }
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^.*\//, '') ?? '';
        if (name !== WIDE_PNG && name !== SHARE_PNG) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(name === WIDE_PNG ? get('en').widePng() : get('en').sharePng());
      });
    },
  };
}
