/** The role patterns as MapLibre images (added once per style). */
import type { Map as MlMap } from 'maplibre-gl';
import { ROLE_PATTERNS, patternImage, type PatternKind } from '../data/patterns.ts';
import { ROLES, type Role } from '../data/types.ts';

/** Country roles that carry a pattern over their colour. */
export const PATTERNED_ROLES: readonly Role[] = ROLES.filter(
  (r) => r !== 'hub' && ROLE_PATTERNS[r] !== 'solid',
);

export const patternImageId = (kind: PatternKind): string => `pattern-${kind}`;

/** Adds any missing pattern image; call on every `styledata` (a new style drops images). */
export function addPatternImages(map: MlMap): void {
  const ratio = window.devicePixelRatio > 1 ? 2 : 1;
  for (const r of PATTERNED_ROLES) {
    const kind = ROLE_PATTERNS[r];
    if (!map.hasImage(patternImageId(kind)))
      map.addImage(patternImageId(kind), patternImage(kind, ratio), { pixelRatio: ratio });
  }
}
