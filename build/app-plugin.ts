/**
 * The palette stylesheet (virtual:palette.css), generated from the data: the
 * role colours and patterns, and each operation's map box proportions. The
 * page text comes from build/pages.ts (renderPage).
 */
import type { Plugin } from 'vite';
import { paletteCss } from '../src/data/palette.ts';
import { patternCss } from '../src/data/patterns.ts';
import type { PageKit } from './page-kit.ts';

const VIRTUAL = 'virtual:palette.css';
const RESOLVED = '\0virtual:palette.css';

export function appPlugin(kit: PageKit): Plugin {
  return {
    name: 'takedown-map:app',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: async (id) =>
      id === RESOLVED ? `${paletteCss()}\n${patternCss()}\n${(await kit()).mapBoxCssAll()}` : undefined,
  };
}
