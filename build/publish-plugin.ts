/**
 * Publishing: the canonical link for PUBLIC_URL (or a loud warning that the
 * share tags are relative), the app's own 404.html, and a .br and .gz beside
 * every compressible file once the bundle is written.
 */
import { resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import { escapeXml } from '../src/static/svg-markup.ts';
import { notFoundHtml } from './not-found-page.ts';
import { precompress } from './precompress.ts';
import { publicUrl, RELATIVE_WARNING } from './public-url.ts';

export const NOT_FOUND_FILE = '404.html';

export function publishPlugin(url: string | undefined = publicUrl()): Plugin {
  let outDir = 'dist';
  let building = false;
  let logger: Logger | undefined;
  const warn = () => {
    if (building && !url) logger?.warn(RELATIVE_WARNING);
  };
  return {
    name: 'takedown-map:publish',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
      building = c.command === 'build';
      logger = c.logger;
    },
    buildStart: warn,
    transformIndexHtml: (html) =>
      url ? html.replace('</head>', `  <link rel="canonical" href="${escapeXml(url)}" />\n  </head>`) : html,
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      const imported = entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedCss ?? [])] : [];
      const css = imported[0] ?? Object.keys(bundle).find((f) => /^assets\/index-[^/]*\.css$/.test(f));
      if (!css) throw new Error('publish: no entry stylesheet for 404.html');
      const path = url ? new URL(url).pathname : '';
      this.emitFile({
        type: 'asset',
        fileName: NOT_FOUND_FILE,
        source: notFoundHtml({
          title: OPERATION.title,
          kicker: OPERATION.kicker,
          cssHref: `${path}${css}`,
          home: url ?? './',
        }),
      });
    },
    async writeBundle() {
      const files = await precompress(outDir);
      const sum = (k: 'bytes' | 'br' | 'gz') => files.reduce((s, f) => s + (f[k] ?? f.bytes), 0);
      logger?.info(
        `precompressed ${files.length} files: ${(sum('bytes') / 1024).toFixed(0)} KB → brotli ${(sum('br') / 1024).toFixed(0)} KB, gzip ${(sum('gz') / 1024).toFixed(0)} KB`,
      );
    },
    closeBundle: warn,
  };
}
