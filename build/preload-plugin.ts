/**
 * Fetch what comes after the first picture while it is shown, and execute
 * it after: index.html carries, as an inert JSON block (#op-later), the
 * files the page needs once the picture is painted: the app chunk and the
 * MapLibre chunk (with their imports, CSS and fonts), MapLibre's worker and
 * the map data. The entry (src/dom/hint-later.ts) turns them into
 * low-priority hints unless the options say no map (`?static=1` never
 * requests the map). Nothing there is render-blocking, and a hint executes
 * nothing (the size budget counts only what the picture waits for:
 * test/e2e/size-budget).
 */
import type { Plugin } from 'vite';
import type { LaterFiles } from '../src/dom/hint-later.ts';

/** Modules whose chunks the page imports after the first picture: the app's, and the map's. */
const APP = '/src/start-app.ts';
const MAP = '/src/map/mount-map.ts';
const WORKER = /maplibre-gl-worker[^/]*\.mjs$/;
const DATA = /map-data-[^/]*\.json$/;

export const LATER_ID = 'op-later';

export function preloadPlugin(): Plugin {
  return {
    name: 'takedown-map:preload',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry);
        const already = new Set(
          entry ? [entry.fileName, ...entry.imports, ...(entry.viteMetadata?.importedCss ?? [])] : [],
        );
        const closure = (module: string) => {
          const scripts = new Set<string>();
          const styles = new Set<string>();
          const fonts = new Set<string>();
          const visit = (fileName: string) => {
            const c = bundle[fileName];
            if (!c || c.type !== 'chunk' || scripts.has(fileName)) return;
            scripts.add(fileName);
            for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
            for (const a of c.viteMetadata?.importedAssets ?? []) if (a.endsWith('.woff2')) fonts.add(a);
            c.imports.forEach(visit);
          };
          for (const c of chunks) if (c.facadeModuleId?.endsWith(module)) visit(c.fileName);
          return {
            scripts: [...scripts].filter((f) => !already.has(f)).map((f) => `./${f}`),
            styles: [...styles].filter((f) => !already.has(f)).map((f) => `./${f}`),
            fonts: [...fonts].map((f) => `./${f}`),
          };
        };
        const asset = (re: RegExp) => {
          const f = Object.keys(bundle).find((n) => re.test(n));
          return f ? `./${f}` : '';
        };
        const later: LaterFiles = {
          app: closure(APP),
          map: closure(MAP),
          worker: asset(WORKER),
          data: asset(DATA),
        };
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: LATER_ID },
            children: JSON.stringify(later),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
