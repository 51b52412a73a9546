/**
 * One lookup for every cited source: the shared table (sources.ts) and each
 * operation folder's own sources.ts (only those small files are bundled,
 * not the operations). check-data keeps the ids unique across them.
 */
import { SOURCES } from './sources.ts';
import type { Source } from './types.ts';

// Stryker disable all: import.meta.glob takes literals only (Vite expands it at build time); a mutated argument does not compile.
const OWN = import.meta.glob<Readonly<Record<string, Source>>>('./operations/[0-9]*/sources.ts', {
  eager: true,
  import: 'SOURCES',
});
// Stryker restore all

const ALL: Readonly<Record<string, Source>> = Object.assign({}, SOURCES, ...Object.values(OWN));

const UNKNOWN: Source = { publisher: 'Unknown source', about: 'A source id no table lists' };

export const sourceOf = (id: string): Source => ALL[id] ?? UNKNOWN;
