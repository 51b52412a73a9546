/**
 * Old links named a strike in the hash (`#strike=2016-08&country=es`); each
 * strike is now an operation with its own page. The URL of that page, with
 * the rest of the hash, or null when the hash names no other operation.
 */
import { DEFAULT_SLUG, pagePath, slugForStrike } from '../data/pages.ts';
import type { Operation } from '../data/types.ts';

export function strikeRedirect(hash: string, op: Pick<Operation, 'slug' | 'strike'>): string | null {
  // String(): a missing hash reads as text without a strike, like any other.
  const parts = String(hash).replace(/^#/, '').split('&');
  const strike = parts.find((p) => p.toLowerCase().startsWith('strike='))?.slice('strike='.length);
  if (!strike || strike === op.strike.id) return null;
  const slug = slugForStrike(strike);
  if (!slug) return null;
  const root = op.slug === DEFAULT_SLUG ? './' : '../';
  const rest = parts.filter((p) => !p.toLowerCase().startsWith('strike=')).join('&');
  return `${root}${pagePath(slug)}${rest ? `#${rest}` : ''}`;
}
