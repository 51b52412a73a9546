/**
 * One lookup for every cited source: the shared table (sources.ts) and each
 * operation's own `sources`. check-data keeps the ids unique across them.
 */
import { OPERATIONS } from './registry.ts';
import { SOURCES } from './sources.ts';
import type { Source } from './types.ts';

const ALL: Readonly<Record<string, Source>> = Object.assign({}, SOURCES, ...OPERATIONS.map((o) => o.sources));

const UNKNOWN: Source = { publisher: 'Unknown source', about: 'A source id no table lists' };

export const sourceOf = (id: string): Source => ALL[id] ?? UNKNOWN;
