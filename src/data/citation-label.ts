/** A citation's short label, the same on screen and in the downloads: "article ¶5", or the publisher. */
import { SOURCES } from './sources.ts';
import type { Citation } from './types.ts';

export function citationLabel(c: Citation): string {
  if (c.source === 'article') return c.paragraph ? `article ¶${c.paragraph}` : 'article';
  return SOURCES[c.source].publisher;
}
