/** MapLibre expressions built from the palette; tested to agree with the d3 scale. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { roleScale, type Theme } from '../data/palette.ts';
import { ROLES } from '../data/types.ts';
import { ROLE_PATTERNS } from '../data/patterns.ts';
import { PATTERNED_ROLES, patternImageId } from './patterns.ts';

/** ['match', ['get','role'], 'lead', '#…', …, neutral]: colour by a feature's role. */
export function roleFillExpression(theme: Theme): ExpressionSpecification {
  const scale = roleScale(theme);
  const branches = ROLES.flatMap((r) => [r, scale(r)]);
  return [
    'match',
    ['coalesce', ['get', 'role'], ''],
    ...branches,
    scale.unknown(),
  ] as unknown as ExpressionSpecification;
}

/** ['match', ['get','role'], 'evidence', 'pattern-diagonal', …]: the second cue per role. */
export function rolePatternExpression(): ExpressionSpecification {
  const branches = PATTERNED_ROLES.flatMap((r) => [r, patternImageId(ROLE_PATTERNS[r])]);
  return ['match', ['coalesce', ['get', 'role'], ''], ...branches, ''] as unknown as ExpressionSpecification;
}

/**
 * Fill for the chosen strike: feature-state `strikeRole` ('' or unset for the
 * April 2018 colouring, 'none' for neutral, else a role) wins over the
 * feature's own April role.
 */
export function strikeFillExpression(theme: Theme): ExpressionSpecification {
  const scale = roleScale(theme);
  const branches = ROLES.flatMap((r) => [r, scale(r)]);
  return [
    'match',
    ['to-string', ['feature-state', 'strikeRole']],
    'none',
    scale.unknown(),
    ...branches,
    roleFillExpression(theme),
  ] as unknown as ExpressionSpecification;
}

/** The property no feature has, which perFeature() reads. */
const SHARED_PROGRAM = '-';

/**
 * A paint value the same for every feature, written as a per-feature
 * expression (a property no feature has, else the value). MapLibre compiles a
 * shader program per layer type and per set of paint properties that vary by
 * feature; writing a layer's constants this way lets it share the program of
 * the other layers of its type, so fewer programs are compiled (in software
 * GL, each costs tens to hundreds of ms) before the first frame.
 */
export function perFeature(value: number): ExpressionSpecification;
export function perFeature(value: string): ExpressionSpecification;
export function perFeature(value: number | string): ExpressionSpecification {
  return ['coalesce', ['get', SHARED_PROGRAM], typeof value === 'string' ? ['to-color', value] : value];
}

/**
 * The dash pattern of a solid line. Every line layer has a dash pattern, the solid ones this one (a dash with no
 * gap: MapLibre's dash atlas then holds an unbroken line), so every line is drawn by MapLibre's one dashed-line
 * program (lineSDF) instead of two programs (line and lineSDF) for the solid and the dashed lines: one program
 * fewer to compile and link before the first frame (bench/results.md, "Branch perf-ready"). The dash is long
 * (100 line widths) because the program's edge softness along the line is one atlas texel over the pattern's
 * length: for a pattern one line width long that fades a solid line to 84 % of its opacity.
 */
export const SOLID: [number, number] = [100, 0];
