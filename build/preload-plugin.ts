/**
 * Fetch what comes after the first picture while it is shown, and execute
 * it after: index.html gets low-priority hints for the app chunk, the
 * MapLibre chunk (and their imports and CSS), MapLibre's worker and the map
 * data. None of it is render-blocking or executed by the hint (the size
 * budget counts only what the picture waits for: test/e2e/size-budget).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Modules whose chunks the page will import after the first picture. */
const LATER = ['/src/start-app.ts', '/src/map/mount-map.ts'];
/** Assets fetched after the first picture: MapLibre's worker and the map data (build/map-data-plugin.ts). */
export const PREFETCHED = /(maplibre-gl-worker[^/]*\.mjs|map-data-[^/]*\.json)$/;

export function preloadPlugin(): Plugin {
  return {
    name: 'takedown-map:preload',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const c = bundle[fileName];
          if (!c || c.type !== 'chunk' || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
          c.imports.forEach(visit);
        };
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        const already = new Set(
          entry?.type === 'chunk'
            ? [entry.fileName, ...entry.imports, ...(entry.viteMetadata?.importedCss ?? [])]
            : [],
        );
        for (const m of LATER)
          for (const c of Object.values(bundle))
            if (c.type === 'chunk' && c.facadeModuleId?.endsWith(m)) visit(c.fileName);
        const low = { fetchpriority: 'low' };
        const tags: HtmlTagDescriptor[] = [
          ...[...scripts]
            .filter((f) => !already.has(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${f}`, ...low } })),
          ...[...styles]
            .filter((f) => !already.has(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'prefetch', href: `./${f}`, as: 'style' } })),
          ...Object.keys(bundle)
            .filter((f) => PREFETCHED.test(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'prefetch', href: `./${f}` } })),
        ].map((t) => ({ ...t, injectTo: 'head' as const }));
        return tags;
      },
    },
  };
}
