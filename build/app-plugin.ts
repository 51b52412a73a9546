/**
 * Build-time pieces generated from the data module: the palette stylesheet
 * (virtual:palette.css) and the text of index.html (title, dek, credit), so
 * nothing a reader sees is typed twice and the first paint needs no script.
 */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import { paletteCss } from '../src/data/palette.ts';
import { patternCss } from '../src/data/patterns.ts';
import { describeMap } from '../src/a11y/describe-map.ts';
import { escapeXml } from '../src/dom/escape-xml.ts';
import { mapBoxCss } from './static-assets.ts';

const VIRTUAL = 'virtual:palette.css';
const RESOLVED = '\0virtual:palette.css';

export function appPlugin(): Plugin {
  return {
    name: 'takedown-map:app',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `${paletteCss()}\n${patternCss()}\n${mapBoxCss()}` : undefined),
    transformIndexHtml: (html) =>
      html
        .replaceAll('%APP_KICKER%', escapeXml(OPERATION.kicker))
        .replaceAll('%APP_TITLE%', escapeXml(OPERATION.title))
        .replaceAll('%APP_DEK%', escapeXml(OPERATION.dek))
        .replaceAll('%APP_CREDIT%', escapeXml(OPERATION.credit))
        .replaceAll('%APP_MAP_DESC%', escapeXml(describeMap(OPERATION))),
  };
}
