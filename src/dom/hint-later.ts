/**
 * Low-priority hints for what the page runs after its first picture (the
 * list build/preload-plugin.ts writes into index.html as #op-later): module
 * preloads for the app and map chunks, prefetches (HTTP cache) for MapLibre's
 * worker, its CSS and the label fonts, a preload for the map data.
 * They download while the picture is shown; nothing executes before it.
 */
interface Chunks {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
  /** The label fonts the chunk's style loads. */
  readonly fonts: readonly string[];
}
export interface LaterFiles {
  readonly app: Chunks;
  readonly map: Chunks;
  readonly worker: string;
  readonly data: string;
}

/** Adds the hints to <head>: the app's always, the map's when `map` (not `?static=1`). Returns how many. */
export function hintLater(doc: Document, o: { map: boolean }): number {
  const raw = doc.getElementById('op-later')?.textContent;
  if (!raw) return 0;
  let later: LaterFiles;
  try {
    later = JSON.parse(raw) as LaterFiles;
  } catch {
    return 0;
  }
  let n = 0;
  const link = (attrs: Record<string, string>) => {
    const el = doc.createElement('link');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    doc.head.append(el);
    n++;
  };
  const low = { fetchpriority: 'low' };
  const parts = o.map ? [later.app, later.map] : [later.app];
  for (const p of parts) {
    for (const href of p.scripts) link({ rel: 'modulepreload', href, ...low });
    for (const href of p.styles) link({ rel: 'prefetch', as: 'style', href });
    for (const href of p.fonts) link({ rel: 'prefetch', href });
  }
  if (o.map) {
    // The worker's request comes from the worker: a prefetch (HTTP cache), which a preload would not match.
    if (later.worker) link({ rel: 'prefetch', href: later.worker });
    const data = later.data;
    if (data) link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: data, ...low });
  }
  return n;
}
