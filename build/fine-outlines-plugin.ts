/**
 * Emits the fine European outlines (build/fine-outlines.ts) as a hashed asset
 * and gives the app its URL through `virtual:fine-outlines-url`; the dev
 * server serves the same file.
 */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import { FINE_FILE, fineTopologyFor } from './fine-outlines.ts';
import { loadWorldAtlas } from './static-assets.ts';

const VIRTUAL = 'virtual:fine-outlines-url';
const RESOLVED = `\0${VIRTUAL}`;

export function fineOutlinesPlugin(): Plugin {
  let build = false;
  const json = () => JSON.stringify(fineTopologyFor(loadWorldAtlas(), OPERATION));
  return {
    name: 'takedown-map:fine-outlines',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export default ${JSON.stringify(FINE_FILE)};`;
      const ref = this.emitFile({ type: 'asset', name: FINE_FILE, source: json() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0]?.replace(/^.*\//, '') !== FINE_FILE) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json());
      });
    },
  };
}
