/**
 * The operations as the browser sees them: each folder's module is loaded
 * only when needed (its own chunk), so a page's first picture carries only
 * its own operation. The folder names are known without loading anything:
 * a page's path is its slug, and a slug starts with its campaign id (yyyy-mm;
 * check-data holds it). The build and the tests use registry.ts instead.
 */
import { ALERT } from './campaign.ts';
import type { Operation, Strike, StrikeId } from './types.ts';
import { STRIKE_ID } from './vocabulary.ts';

// Stryker disable all: import.meta.glob takes literals only (Vite expands it at build time); a mutated argument does not compile.
const LOADERS = import.meta.glob<Operation>('./operations/[0-9]*/index.ts', { import: 'OPERATION' });
// Stryker restore all

export const DEFAULT_SLUG = '2018-04-takedown';

/** Every operation's slug (its folder), in time order. */
export const SLUGS: readonly string[] = Object.keys(LOADERS)
  .map((path) => path.split('/').at(-2)!)
  .sort();

/** The page of an operation, relative to the site root: '' for the default, else '<slug>/'. */
export const pagePath = (slug: string): string => (slug === DEFAULT_SLUG ? '' : `${slug}/`);

/** The operation whose campaign id this is, by its folder name alone. */
export const slugForStrike = (id: string): string | undefined =>
  STRIKE_ID.test(id) ? SLUGS.find((slug) => slug === id || slug.startsWith(`${id}-`)) : undefined;

export async function loadOperation(slug: string): Promise<Operation | undefined> {
  const load = LOADERS[`./operations/${slug}/index.ts`];
  return load ? load() : undefined;
}

export type CampaignEntry = Strike & { readonly slug: string | null };

/** The campaign: Europol's alert and every operation's entry, in time order (the timeline's, built at build time). */
export const campaignOf = (ops: readonly Operation[]): CampaignEntry[] =>
  // Campaign ids are yyyy-mm, all of one length: their text order is their time order.
  [{ ...ALERT, slug: null }, ...ops.map((o) => ({ ...o.strike, slug: o.slug }))].sort((a, b) =>
    a.id.localeCompare(b.id),
  );

export const isCampaignId = (id: string): id is StrikeId => slugForStrike(id) !== undefined;
