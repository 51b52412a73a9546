/**
 * The "Get the data" files, generated from the data module: emitted into
 * dist/data/ at build time and served at /data/ by the dev server.
 */
import type { Plugin } from 'vite';
import { dataReadme } from '../src/data/export/data-readme.ts';
import { toCsv } from '../src/data/export/to-csv.ts';
import { toGeoJson } from '../src/data/export/to-geojson.ts';
import { toJson } from '../src/data/export/to-json.ts';
import { OPERATION } from '../src/data/operation.ts';
import { ABOUT } from '../src/data/about.ts';
import { i18nFor } from '../src/i18n/all-locales.ts';
import type { Lang } from '../src/i18n/langs.ts';
import { localizeAbout, localizeOperation } from '../src/i18n/localize.ts';
import { publicUrl } from './public-url.ts';
import { loadWorldAtlas } from './world-atlas.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

/** The downloads in one language (the content translated; sources and quotes as they are). */
export function dataFiles(url: string | undefined = publicUrl(), lang: Lang = 'en'): Record<string, string> {
  const topology = loadWorldAtlas();
  const i18n = i18nFor(lang);
  const op = localizeOperation(OPERATION, i18n, i18n.content);
  return {
    'data/participants.csv': toCsv(op),
    'data/takedown.geojson': JSON.stringify(toGeoJson(op, topology)) + '\n',
    'data/operation.json': toJson(op, op.tour),
    'data/README.txt': dataReadme(url, localizeAbout(ABOUT, lang, i18n.content), i18n),
  };
}

export function dataDownloadsPlugin(): Plugin {
  return {
    name: 'takedown-map:data-downloads',
    generateBundle() {
      for (const [fileName, source] of Object.entries(dataFiles()))
        this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!path.startsWith('data/')) return next();
        const body = dataFiles()[path];
        if (body === undefined) return next();
        res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.end(body);
      });
    },
  };
}
