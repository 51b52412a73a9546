/**
 * The roles shown together must be told apart: by colour (also under each
 * simulated colour-vision deficiency, and from the land) and by pattern. Pure.
 */
import { deltaE2000, hexToRgb, simulate } from '../../a11y/colour-vision.ts';
import { GROUND, ROLE_COLOURS, THEMES } from '../palette.ts';
import { ROLE_PATTERNS } from '../patterns.ts';
import type { Role } from '../types.ts';
import type { AddProblem, CheckContext } from './data-problem.ts';

/** The smallest ΔE00 between two roles shown together, under each simulated colour-vision deficiency. */
export const MIN_ROLE_DELTA = 10;

/** Colours: every two declared roles, and each role against the land of each theme. */
export function roleColourProblems(declared: readonly Role[], ctx: CheckContext, add: AddProblem): void {
  const colours = ctx.roleColours ?? ROLE_COLOURS;
  for (const type of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
    const sim = (hex: string) => (type === 'normal' ? hexToRgb(hex) : simulate(hexToRgb(hex), type));
    declared.forEach((a, i) => {
      declared.slice(i + 1).forEach((b) => {
        const d = deltaE2000(sim(colours[a]), sim(colours[b]));
        if (d < MIN_ROLE_DELTA)
          add(
            'roles',
            `roles "${a}" and "${b}" look alike (${type}: ΔE00 ${d.toFixed(1)} < ${MIN_ROLE_DELTA})`,
            'show only roles whose palette colours are distinguishable, or change one colour in src/data/palette.ts',
          );
      });
      for (const theme of THEMES) {
        const d = deltaE2000(sim(colours[a]), sim(GROUND[theme].land));
        if (d < MIN_ROLE_DELTA)
          add(
            `roles[${i}]`,
            `role "${a}" looks like the ${theme} land (${type}: ΔE00 ${d.toFixed(1)})`,
            'change its colour in src/data/palette.ts',
          );
      }
    });
  }
}

/** The second cue: the country roles shown together need different patterns (src/data/patterns.ts). */
export function rolePatternProblems(declared: readonly Role[], ctx: CheckContext, add: AddProblem): void {
  const patterns = ctx.rolePatterns ?? ROLE_PATTERNS;
  const countryRoles = declared.filter((r) => r !== 'hub');
  countryRoles.forEach((a, i) =>
    countryRoles.slice(i + 1).forEach((b) => {
      if (patterns[a] === patterns[b])
        add(
          'roles',
          `roles "${a}" and "${b}" share the pattern "${patterns[a]}"`,
          'give one of them another pattern in ROLE_PATTERNS (src/data/patterns.ts)',
        );
    }),
  );
}
