/**
 * Trims maplibre-gl.css to the rules the app can use: MapLibre's popups,
 * markers, attribution, logo, scale, geolocation, compass, terrain and globe
 * controls are never created here (mount-map.ts adds the zoom buttons, the
 * reset control and, embedded, full screen), so their rules and inline icons
 * go (10 → about 3 KB gzip). A small brace-level splitter, enough for
 * MapLibre's plain stylesheet (rules, comments, nested @media / @supports).
 */
import type { Plugin } from 'vite';

/** Class fragments of the parts of MapLibre the app never creates. */
export const UNUSED_MAPLIBRE =
  /\.maplibregl-(popup|marker|user-location|ctrl-attrib|attrib-empty|compact|ctrl-logo|ctrl-scale|ctrl-geolocate|ctrl-compass|ctrl-terrain|ctrl-globe|spin|track-pointer)\b/;

interface Block {
  readonly prelude: string;
  readonly body: string;
}

/** Top-level blocks `prelude { body }` of a stylesheet, comments dropped. */
function blocks(css: string): Block[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Block[] = [];
  let depth = 0,
    start = 0,
    open = -1,
    quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && --depth === 0) {
      out.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      out.push({ prelude: text.slice(start, i + 1).trim(), body: '' });
      start = i + 1;
    }
  }
  return out;
}

/** The stylesheet without the selectors `drop` matches (rules left with none go, and empty at-rules). */
export function trimCss(css: string, drop: RegExp = UNUSED_MAPLIBRE): string {
  const out: string[] = [];
  for (const b of blocks(css)) {
    if (b.prelude.startsWith('@')) {
      if (!b.body && b.prelude.endsWith(';')) {
        out.push(b.prelude);
        continue;
      }
      // Keyframes go with the classes they animate (.maplibregl-user-location-dot's pulse).
      const frames = /^@keyframes\s+([\w-]+)/.exec(b.prelude)?.[1];
      if (frames && drop.test(`.${frames}`)) continue;
      const inner = /^@(media|supports|layer|container)\b/.test(b.prelude) ? trimCss(b.body, drop) : b.body;
      if (inner.trim()) out.push(`${b.prelude}{${inner}}`);
      continue;
    }
    const selectors = b.prelude
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !drop.test(s));
    if (selectors.length) out.push(`${selectors.join(',')}{${b.body.trim()}}`);
  }
  return out.join('\n');
}

export function trimMapLibreCssPlugin(): Plugin {
  return {
    name: 'takedown-map:trim-maplibre-css',
    enforce: 'pre',
    transform: (code, id) =>
      /maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id) ? { code: trimCss(code), map: null } : undefined,
  };
}
