/**
 * Emits the fine European outlines (build/fine-outlines.ts) as a hashed asset
 * and gives the app its URL through `virtual:fine-outlines-url`; the dev
 * server serves the same file.
 */
import type { Plugin } from 'vite';
import type { Operation } from '../src/data/types.ts';
import { FINE_FILE, fineTopologyFor } from './fine-outlines.ts';
import type { PageKit } from './page-kit.ts';
import { loadWorldAtlas } from './static-assets.ts';

/** One operation standing for all: every operation's participants, each once (one file serves every page). */
function campaignOf(ops: readonly Operation[]): Operation {
  const seen = new Set<string>();
  const participants = ops
    .flatMap((o) => o.participants)
    .filter((p) => !seen.has(p.alpha2) && !!seen.add(p.alpha2));
  return { ...ops[0]!, participants };
}

const VIRTUAL = 'virtual:fine-outlines-url';
const RESOLVED = `\0${VIRTUAL}`;

export function fineOutlinesPlugin(kit: PageKit): Plugin {
  let build = false;
  const json = async () =>
    JSON.stringify(fineTopologyFor(loadWorldAtlas(), campaignOf((await kit()).OPERATIONS)));
  return {
    name: 'takedown-map:fine-outlines',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export default ${JSON.stringify(FINE_FILE)};`;
      const ref = this.emitFile({ type: 'asset', name: FINE_FILE, source: await json() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0]?.replace(/^.*\//, '') !== FINE_FILE) return next();
        res.setHeader('Content-Type', 'application/json');
        void json().then((body) => res.end(body), next);
      });
    },
  };
}
