/**
 * Emits the map data (build/map-data.ts) of the operation as one hashed JSON
 * file and gives the app its URL through `virtual:map-data-url`; the dev
 * server serves the same file.
 */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import type { Operation } from '../src/data/types.ts';
import { buildMapDataFile, MAP_DATA_FILE } from './map-data.ts';

const VIRTUAL = 'virtual:map-data-url';
const RESOLVED = `\0${VIRTUAL}`;

export function mapDataPlugin(op: Operation = OPERATION): Plugin {
  let build = false;
  let json: string | null = null;
  const source = () => (json ??= JSON.stringify(buildMapDataFile(op)));
  return {
    name: 'takedown-map:map-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export default ${JSON.stringify(MAP_DATA_FILE)};`;
      const ref = this.emitFile({ type: 'asset', name: MAP_DATA_FILE, source: source() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0]?.replace(/^.*\//, '') !== MAP_DATA_FILE) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source());
      });
    },
  };
}
