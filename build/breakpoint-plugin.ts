/**
 * The one layout breakpoint (NARROW_PX, src/geo/orientation.ts), emitted into
 * the stylesheets like the palette: CSS writes `(--narrow)` and `(--wide)` in
 * its media and container queries, and this plugin turns them into
 * `(width < 600px)` and `(width >= 600px)` before anything else reads the CSS,
 * so the script's orientationFor() and every query share one number and one
 * edge.
 */
import type { Plugin } from 'vite';
import { NARROW_PX } from '../src/geo/orientation.ts';

export const breakpointCss = (css: string): string =>
  css
    .replaceAll('(--narrow)', `(width < ${NARROW_PX}px)`)
    .replaceAll('(--wide)', `(width >= ${NARROW_PX}px)`);

export function breakpointPlugin(): Plugin {
  return {
    name: 'takedown-map:breakpoint',
    enforce: 'pre',
    transform: (code, id) =>
      /\.css(?:\?|$)/.test(id) && /\(--(?:narrow|wide)\)/.test(code)
        ? { code: breakpointCss(code), map: null }
        : undefined,
  };
}
