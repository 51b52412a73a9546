/**
 * Render flags from the query string (DESIGN.md contract 3): `embed=1`,
 * `theme=light|dark|auto`, `static=1`, `fit=1`, `country=xx`, `lang=fr`…, and for
 * embeds `show=map|panel|full`, `title=0`, `strike=yyyy-mm`. Unknown or
 * malformed values fall back to the defaults.
 */
import { isLang, type Lang } from './i18n/langs.ts';

export type ThemeOption = 'light' | 'dark' | 'auto';

/**
 * What an embed shows. `map`: the map and its key, with the selected
 * country's panel as a card over the map; `panel` (default): the same plus the
 * list of countries; `full`: the whole page (timeline, tour, table...), which
 * only suits a tall or auto-height frame.
 */
export type ShowOption = 'map' | 'panel' | 'full';
export const SHOW_OPTIONS: readonly ShowOption[] = ['map', 'panel', 'full'];

export interface AppOptions {
  readonly embed: boolean;
  readonly theme: ThemeOption;
  readonly static: boolean;
  readonly fit: boolean;
  /** Initial selection asked for by the host page (alpha-2 or 'hub'), not yet validated. */
  readonly country: string | null;
  /** Initial strike (yyyy-mm) asked for by the host page, not yet validated. */
  readonly strike: string | null;
  /** Embed mode only: what the embed shows. */
  readonly show: ShowOption;
  /** Embed mode only: `title=0` hides the title line (it stays for screen readers). */
  readonly title: boolean;
  /** pym.js child id, when a pym parent passes one. */
  readonly childId: string | null;
  /** `debug=1`: expose the map as window.__takedownMap for tests and probes. */
  readonly debug: boolean;
  /** `lang=en|fr|nl|de|ro|bg`, when valid; null lets the page or the browser choose (src/i18n/langs.ts). */
  readonly lang: Lang | null;
}

const flag = (v: string | null) => v === '1' || v === 'true';

export function parseOptions(search: string): AppOptions {
  // URLSearchParams reads any string (malformed escapes stay as they are): nothing here throws.
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const country = q.get('country');
  const strike = q.get('strike');
  const show = q.get('show');
  const childId = q.get('childId');
  const lang = q.get('lang');
  return {
    embed: flag(q.get('embed')),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    static: flag(q.get('static')),
    fit: flag(q.get('fit')),
    country: country && /^[a-z]{2}$|^hub$/i.test(country) ? country.toLowerCase() : null,
    strike: strike && /^\d{4}-\d{2}$/.test(strike) ? strike : null,
    show: SHOW_OPTIONS.find((s) => s === show) ?? 'panel',
    title: !(q.get('title') === '0' || q.get('title') === 'false'),
    childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : null,
    debug: flag(q.get('debug')),
    lang: isLang(lang) ? lang : null,
  };
}
