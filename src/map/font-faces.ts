/**
 * The claimed attacks' labels' font (story-layers.ts; every other label is
 * HTML: label-overlay.ts): Noto Sans from @fontsource, one file per script, as
 * the style's `font-faces` (no glyph server), declared when those labels are
 * first added.
 */
import { MAP_FONT } from './ids.ts';

/** The scripts the labels are written in: English, French, Dutch and German need Latin; Romanian Latin Extended (ă ș ț); Bulgarian Cyrillic. */
export type FontScript = 'latin' | 'latin-ext' | 'cyrillic';

/**
 * Each script's code points, as @fontsource/noto-sans splits the font
 * (its unicode.json): MapLibre loads a face only when a label needs a glyph in
 * its range, so an English map never fetches the Cyrillic file.
 */
export const FONT_RANGES: Readonly<Record<FontScript, readonly string[]>> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'.split(
      ',',
    ),
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'.split(
      ',',
    ),
  cyrillic: 'U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'.split(','),
};
export const FONT_SCRIPTS = Object.keys(FONT_RANGES) as FontScript[];

export interface FontUrls {
  regular: Readonly<Record<FontScript, string>>;
}

const faces = (urls: Readonly<Record<FontScript, string>>) =>
  FONT_SCRIPTS.map((s) => ({ url: urls[s], 'unicode-range': [...FONT_RANGES[s]] }));

/** The style's `font-faces`: the regular face, split by script. */
export const fontFaces = (fonts: FontUrls) => ({ [MAP_FONT]: faces(fonts.regular) });
