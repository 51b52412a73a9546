/**
 * Every operation, found by folder: src/data/operations/<slug>/index.ts
 * exporting OPERATION. Adding an operation is adding a folder; nothing here
 * changes. Sorted by start date; the default page is the April 2018 takedown.
 */
import { campaignOf, DEFAULT_SLUG, pagePath, type CampaignEntry } from './pages.ts';
import type { Operation } from './types.ts';

export { DEFAULT_SLUG, pagePath };

// Stryker disable all: import.meta.glob takes literals only (Vite expands it at build time); a mutated argument does not compile.
const MODULES = import.meta.glob<Operation>('./operations/[0-9]*/index.ts', {
  eager: true,
  import: 'OPERATION',
});
// Stryker restore all

/** The folder name of a module path './operations/<slug>/index.ts'. */
export const folderOf = (path: string): string => path.split('/').at(-2) ?? '';

// Start dates are ISO (yyyy-mm or yyyy-mm-dd): their text order is their time order.
export const OPERATIONS: readonly Operation[] = Object.values(MODULES).sort((a, b) =>
  a.start.localeCompare(b.start),
);

/** The folder each operation came from, by slug (check-data compares them). */
export const FOLDERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MODULES).map(([path, op]) => [op.slug, folderOf(path)]),
);

export const operationBySlug = (slug: string): Operation | undefined =>
  OPERATIONS.find((o) => o.slug === slug);

/** The campaign timeline: Europol's alert and every operation's entry, in time order. */
export const CAMPAIGN: readonly CampaignEntry[] = campaignOf(OPERATIONS);
