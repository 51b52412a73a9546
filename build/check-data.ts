/**
 * check-data over every operation folder: reads the geometry ids, the report,
 * facts.md and the committed research from disk and checks each operation.
 * Node only (run by scripts/check-data.mjs through Vite's module runner, which resolves the import.meta.glob of the registry, and by the unit tests).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { feature } from 'topojson-client';
import { loadWorldAtlas } from './world-atlas.ts';
import { FOLDERS, OPERATIONS } from '../src/data/registry.ts';
import { SOURCES } from '../src/data/sources.ts';
import { checkOperation, type CheckContext, type DataProblem } from '../src/data/check/check-operation.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** ../shared beside the checkout (or $TAKEDOWN_SHARED); null when absent (the verbatim checks then skip). */
function sharedDir(): string | null {
  if (process.env.TAKEDOWN_SHARED) return resolve(process.env.TAKEDOWN_SHARED);
  for (let dir = ROOT; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(resolve(dir, 'shared/sources/article.txt'))) return resolve(dir, 'shared');
  return null;
}

export function loadTexts(): { texts: string[]; articleParagraphs: number } {
  const shared = sharedDir();
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');
  const article = shared ? read(resolve(shared, 'sources/article.txt')) : '';
  const research = resolve(ROOT, 'docs/research');
  const texts = [
    article,
    shared ? read(resolve(shared, 'research/facts.md')) : '',
    ...(existsSync(research)
      ? readdirSync(research)
          .filter((f) => f.endsWith('.md'))
          .map((f) => read(resolve(research, f)))
      : []),
  ].filter((t) => t !== '');
  return { texts, articleParagraphs: article.split(/\n+/).filter((p) => p.trim()).length || 99 };
}

export function geometryIds(): Set<string> {
  const topo = loadWorldAtlas();
  const fc = feature(topo, topo.objects.countries);
  return new Set(fc.features.map((f) => String(f.id)));
}

export function baseContext(): Omit<CheckContext, 'folder' | 'files'> {
  return { geometryIds: geometryIds(), sharedSources: SOURCES, ...loadTexts() };
}

/** Problems of every registered operation, folder by folder. */
export function checkAll(base = baseContext()): { slug: string; problems: DataProblem[] }[] {
  return OPERATIONS.map((op) => {
    const folder = FOLDERS[op.slug] ?? op.slug;
    const others = new Set(OPERATIONS.filter((o) => o !== op).flatMap((o) => Object.keys(o.sources)));
    const files = readdirSync(resolve(ROOT, 'src/data/operations', folder));
    return {
      slug: op.slug,
      problems: checkOperation(op, { ...base, folder, files, otherSourceIds: others }),
    };
  });
}
