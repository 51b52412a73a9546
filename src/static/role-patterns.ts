/**
 * The static picture's second cue for each role: the same line patterns as the interactive map
 * (src/data/patterns.ts) as SVG pattern definitions, and a patterned copy of each participant's shape. Pure.
 */
import { PATTERN_INK, PATTERN_SIZE, ROLE_PATTERNS, inked, type PatternKind } from '../data/patterns.ts';
import type { Role } from '../data/types.ts';
import { el } from './svg-markup.ts';

/** A drawn country: its key, its role (none for a country outside the operation) and its path's `d`. */
export interface DrawnCountry {
  readonly key: string;
  readonly role: Role | null | undefined;
  readonly d: string;
}

/** The `<pattern>` definitions the drawn roles need (ids `<prefix>-pattern-<kind>`), and the patterned paths. */
export function rolePatterns(
  drawn: readonly DrawnCountry[],
  prefix: string,
): { defs: string[]; paths: string[] } {
  const id = (kind: string) => `${prefix}-pattern-${kind}`;
  const plain = (k: PatternKind) => k === 'solid' || k === 'ring';
  const defs = [...new Set(drawn.filter((c) => c.role).map((c) => ROLE_PATTERNS[c.role!]))]
    .filter((k) => !plain(k))
    .map((k) =>
      el(
        'pattern',
        { id: id(k), width: PATTERN_SIZE, height: PATTERN_SIZE, patternUnits: 'userSpaceOnUse' },
        el('path', { d: patternPath(k), fill: `rgba(0,0,0,${(PATTERN_INK[3] / 255).toFixed(2)})` }),
      ),
    );
  const paths = drawn
    .filter((c) => c.role && defs.length && !plain(ROLE_PATTERNS[c.role]))
    .map((c) =>
      el('path', {
        class: 'pattern',
        'data-key': c.key,
        fill: `url(#${id(ROLE_PATTERNS[c.role!])})`,
        d: c.d,
      }),
    );
  return { defs, paths };
}

/** One pattern tile as a path of 1 × 1 cells, from the same grid as the map's pattern images. */
function patternPath(kind: PatternKind): string {
  const cells: string[] = [];
  for (let y = 0; y < PATTERN_SIZE; y++)
    for (let x = 0; x < PATTERN_SIZE; x++) if (inked(kind, x, y)) cells.push(`M${x} ${y}h1v1h-1z`);
  return cells.join('');
}
