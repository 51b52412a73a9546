/**
 * Render flags from the query string (DESIGN.md contract 3): `embed=1`,
 * `theme=light|dark|auto`, `static=1`, `fit=1`, `country=xx`. Unknown or
 * malformed values fall back to the defaults.
 */
export type ThemeOption = 'light' | 'dark' | 'auto';

export interface AppOptions {
  readonly embed: boolean;
  readonly theme: ThemeOption;
  readonly static: boolean;
  readonly fit: boolean;
  /** Initial selection asked for by the host page (alpha-2 or 'hub'), not yet validated. */
  readonly country: string | null;
  /** pym.js child id, when a pym parent passes one. */
  readonly childId: string | null;
  /** `debug=1`: expose the map as window.__takedownMap for tests and probes. */
  readonly debug: boolean;
}

const flag = (v: string | null) => v === '1' || v === 'true';

export function parseOptions(search: string): AppOptions {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const theme = q.get('theme');
  const country = q.get('country');
  const childId = q.get('childId');
  return {
    embed: flag(q.get('embed')),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    static: flag(q.get('static')),
    fit: flag(q.get('fit')),
    country: country && /^[a-z]{2}$|^hub$/i.test(country) ? country.toLowerCase() : null,
    childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : null,
    debug: flag(q.get('debug')),
  };
}
