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
 *
 * The template's list carries every operation's own files (`byOperation`:
 * its map data, its chunk); renderPage (build/pages.ts) keeps the page's
 * operation's only (laterForPage) and makes the paths relative to the page.
 */
import type { Plugin } from 'vite';
import type { LaterFiles } from '../src/dom/hint-later.ts';
import { slugOfMapData } from './map-data.ts';

/** Modules whose chunks the page imports after the first picture: the app's, and the map's. */
const APP = '/src/start-app.ts';
const MAP = '/src/map/mount-map.ts';
const WORKER = /maplibre-gl-worker[^/]*\.mjs$/;
const OPERATION_MODULE = /\/src\/data\/operations\/([^/]+)\/index\.ts$/;

export const LATER_ID = 'op-later';

/** The list in the template, before renderPage picks the page's operation. */
export interface LaterTemplate extends LaterFiles {
  readonly byOperation: Readonly<
    Record<string, { readonly data: string; readonly scripts: readonly string[] }>
  >;
}

const LATER_BLOCK = new RegExp(`(<script type="application/json" id="${LATER_ID}">)([^<]*)(</script>)`);

/**
 * The page's #op-later: the operation's map data and chunk (with the app's
 * scripts), every path relative to the page (`up`: '../' per folder level).
 */
export function laterForPage(html: string, slug: string, up: string): string {
  return html.replace(LATER_BLOCK, (_, open: string, json: string, close: string) => {
    const t = JSON.parse(json) as LaterTemplate;
    const own = t.byOperation[slug];
    const rel = (f: string) => (up && f.startsWith('./') ? `${up}${f.slice(2)}` : f);
    const chunks = (c: LaterFiles['app'], more: readonly string[] = []) => ({
      scripts: [...c.scripts, ...more.filter((f) => !c.scripts.includes(f))].map(rel),
      styles: c.styles.map(rel),
      fonts: c.fonts.map(rel),
    });
    const later: LaterFiles = {
      app: chunks(t.app, own?.scripts),
      map: chunks(t.map),
      worker: rel(t.worker),
      data: rel(own?.data ?? ''),
    };
    return `${open}${JSON.stringify(later)}${close}`;
  });
}

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
        const app = closure(APP);
        const byOperation: Record<string, { data: string; scripts: string[] }> = {};
        const own = (slug: string) => (byOperation[slug] ??= { data: '', scripts: [] });
        for (const name of Object.keys(bundle)) {
          const slug = slugOfMapData(name);
          if (slug) own(slug).data = `./${name}`;
        }
        for (const c of chunks) {
          const slug = OPERATION_MODULE.exec(c.facadeModuleId ?? '')?.[1];
          if (slug)
            own(slug).scripts = closure(c.facadeModuleId!).scripts.filter((f) => !app.scripts.includes(f));
        }
        const later: LaterTemplate = {
          app,
          map: closure(MAP),
          worker: asset(WORKER),
          data: '',
          byOperation,
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
