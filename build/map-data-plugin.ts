/**
 * Emits the map data (build/map-data.ts) for the operation, one hashed JSON
 * file per orientation, and gives the app their URLs through
 * `virtual:map-data-urls` ({ wide, tall }); the dev server serves the same
 * files.
 */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import type { Operation } from '../src/data/types.ts';
import type { Orientation } from '../src/geo/layout.ts';
import { buildMapDataFiles, mapDataFileName, ORIENTATIONS } from './map-data.ts';

const VIRTUAL = 'virtual:map-data-urls';
const RESOLVED = `\0${VIRTUAL}`;

export function mapDataPlugin(op: Operation = OPERATION): Plugin {
  let build = false;
  let files: Record<Orientation, string> | null = null;
  const json = () => {
    if (files) return files;
    const data = buildMapDataFiles(op);
    return (files = { wide: JSON.stringify(data.wide), tall: JSON.stringify(data.tall) });
  };
  return {
    name: 'takedown-map:map-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = ORIENTATIONS.map((o) => {
        if (!build) return `${o}: ${JSON.stringify(mapDataFileName(o))}`;
        const ref = this.emitFile({ type: 'asset', name: mapDataFileName(o), source: json()[o] });
        return `${o}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default { ${entries.join(', ')} };`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^.*\//, '');
        const o = ORIENTATIONS.find((x) => mapDataFileName(x) === name);
        if (!o) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json()[o]);
      });
    },
  };
}
