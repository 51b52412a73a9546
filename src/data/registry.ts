/**
 * Every operation, found by folder: src/data/operations/<slug>/index.ts
 * exporting OPERATION. Adding an operation is adding a folder; nothing here
 * changes. Sorted by start date; the default page is the April 2018 takedown.
 */
import { ALERT } from './campaign.ts';
import type { Operation, Strike } from './types.ts';

const MODULES = import.meta.glob<Operation>('./operations/[0-9]*/index.ts', {
  eager: true,
  import: 'OPERATION',
});

export const DEFAULT_SLUG = '2018-04-takedown';

/** The folder name of a module path './operations/<slug>/index.ts'. */
export const folderOf = (path: string): string => path.split('/').at(-2) ?? '';

export const OPERATIONS: readonly Operation[] = Object.values(MODULES).sort((a, b) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
);

/** The folder each operation came from, by slug (check-data compares them). */
export const FOLDERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MODULES).map(([path, op]) => [op.slug, folderOf(path)]),
);

export const operationBySlug = (slug: string): Operation | undefined =>
  OPERATIONS.find((o) => o.slug === slug);

/** The page of an operation, relative to the site root: '' for the default, else '<slug>/'. */
export const pagePath = (slug: string): string => (slug === DEFAULT_SLUG ? '' : `${slug}/`);

/** The campaign timeline: Europol's alert and every operation's entry, in time order. */
export const CAMPAIGN: readonly (Strike & { readonly slug: string | null })[] = [
  { ...ALERT, slug: null },
  ...OPERATIONS.map((o) => ({ ...o.strike, slug: o.slug })),
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
