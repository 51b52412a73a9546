/**
 * Emits the map data (build/map-data.ts) of every operation as a hashed JSON
 * file of its own (assets/map-data-<slug>-<hash>.json) and gives the app their
 * URLs by slug through `virtual:map-data-url`: a page fetches only its own
 * operation's file (and hints it: build/preload-plugin.ts, build/pages.ts).
 * The dev server serves the same files as map-data-<slug>.json.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { Operation } from '../src/data/types.ts';
import { buildMapDataFile, mapDataName } from './map-data.ts';
import type { PageKit } from './page-kit.ts';

const VIRTUAL = 'virtual:map-data-url';
const RESOLVED = `\0${VIRTUAL}`;

export function mapDataPlugin(kit: PageKit): Plugin {
  let build = false;
  const cache = new Map<string, string>();
  const source = (op: Operation) => {
    let json = cache.get(op.slug);
    if (json === undefined) cache.set(op.slug, (json = JSON.stringify(buildMapDataFile(op))));
    return json;
  };
  return {
    name: 'takedown-map:map-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const ops = (await kit()).OPERATIONS;
      const entries = ops.map((op) => {
        if (!build) return `${JSON.stringify(op.slug)}: ${JSON.stringify(mapDataName(op.slug))}`;
        const json = source(op);
        const hash = createHash('sha256').update(json).digest('hex').slice(0, 8);
        const ref = this.emitFile({
          type: 'asset',
          fileName: `assets/${mapDataName(op.slug, hash)}`,
          source: json,
        });
        return `${JSON.stringify(op.slug)}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default {\n${entries.join(',\n')}\n};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^.*\//, '') ?? '';
        void kit().then((k) => {
          const op = k.OPERATIONS.find((o) => mapDataName(o.slug) === name);
          if (!op) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(source(op));
        }, next);
      });
    },
  };
}
