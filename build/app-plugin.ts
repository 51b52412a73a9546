/**
 * Build-time pieces generated from the data module: the palette stylesheet
 * (virtual:palette.css). The text of index.html (title, dek, credit, the
 * interface strings) is filled per language by build/language-page.ts, so
 * nothing a reader sees is typed twice and the first paint needs no script.
 */
import type { Plugin } from 'vite';
import { paletteCss } from '../src/data/palette.ts';
import { patternCss } from '../src/data/patterns.ts';
import { mapBoxCss } from './static-assets.ts';

const VIRTUAL = 'virtual:palette.css';
const RESOLVED = '\0virtual:palette.css';

export function appPlugin(): Plugin {
  return {
    name: 'takedown-map:app',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `${paletteCss()}\n${patternCss()}\n${mapBoxCss()}` : undefined),
  };
}
