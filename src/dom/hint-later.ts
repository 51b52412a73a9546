/**
 * Low-priority hints for what the page runs after its first picture (the
 * list build/preload-plugin.ts writes into index.html as #op-later): module
 * preloads for the app and map chunks, prefetches (HTTP cache) for MapLibre's
 * worker, its CSS and the label fonts, a preload for the map data.
 * main.ts sends the app's with its import, once the first frame has been
 * committed, and the map's once the picture has been presented (a request
 * started before the first contentful paint is part of what it waits for);
 * nothing executes before the picture.
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

/** Adds the hints to <head>: the app's when `app`, the map's when `map` (not `?static=1`). Returns how many. */
export function hintLater(doc: Document, o: { app: boolean; map: boolean }): number {
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
  const parts = [...(o.app ? [later.app] : []), ...(o.map ? [later.map] : [])];
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
