/**
 * One page per operation (build/pages.ts renderPage): in the build, the
 * emitted index.html (placeholders still in) becomes every operation's page,
 * with its PNGs and data downloads beside it, plus dist/operations.json; the
 * dev server renders the page of the operation and language its path names
 * (/, /fr/, /<slug>/, /fr/<slug>/: pages.ts pageAt) and serves the same files
 * beside it (PNGs, downloads, the loader).
 */
import type { Plugin } from 'vite';
import type { PageKit } from './page-kit.ts';
import { publicUrl } from './public-url.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  js: 'text/javascript; charset=utf-8',
};

/** The files beside a page, by their path under the page's folder. */
const BESIDE = /(^|\/)(data\/[^/]+|static-map-wide\.png|share\.png|embed\.js)$/;

export function operationPagesPlugin(kit: PageKit, siteUrl: string | undefined = publicUrl()): Plugin {
  let serve = false;
  return {
    name: 'takedown-map:operation-pages',
    enforce: 'post',
    configResolved(c) {
      serve = c.command === 'serve';
    },
    async transformIndexHtml(html, ctx) {
      if (!serve) return html;
      const k = await kit();
      const { op, lang } = k.pageAt(ctx.originalUrl ?? ctx.path);
      return k.renderPage(html, op, lang).html;
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('operation pages: the build emitted no index.html');
      const k = await kit();
      const template = String(index.source);
      for (const page of k.allPages(template, siteUrl)) {
        if (page.file === 'index.html') index.source = page.html;
        else this.emitFile({ type: 'asset', fileName: page.file, source: page.html });
        for (const [fileName, source] of Object.entries(page.assets))
          this.emitFile({ type: 'asset', fileName, source });
      }
      this.emitFile({ type: 'asset', fileName: 'operations.json', source: k.operationsJson() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!BESIDE.test(path) && path !== 'operations.json') return next();
        void kit().then((k) => {
          if (path === 'operations.json') return res.end(k.operationsJson());
          const { op, lang } = k.pageAt(path);
          // Unknown paths (and the root's embed.js, Vite's public/) fall through.
          const body = k.pageAssets(op, lang)[path];
          if (body === undefined) return next();
          res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        }, next);
      });
    },
  };
}
