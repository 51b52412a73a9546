/**
 * Why the interactive map is not shown, with what caused it. Each reason has
 * its message (with and without the static picture in the page) and the
 * map state it leads to; `reportFailure` logs the cause once.
 */
export type FailReason =
  /** `?static=1`: the interactive map is switched off. */
  | 'switched-off'
  /** No WebGL2 in this browser. */
  | 'no-webgl'
  /** The outlines could not be fetched or read. */
  | 'geometry'
  /** MapLibre's chunk failed to load, or the map failed to start. */
  | 'map-error'
  /** The WebGL context was lost and could not be used again. */
  | 'context-lost';

export interface MapFailure {
  readonly reason: FailReason;
  /** What was thrown or reported, when something was. */
  readonly error?: unknown;
}

const PLAIN: Readonly<Record<FailReason, string>> = {
  'switched-off': 'The interactive map is switched off on this page.',
  'no-webgl':
    'This browser cannot draw the interactive map (WebGL2 is unavailable). The list of countries and the panels still work.',
  geometry:
    'The map’s outlines could not be loaded, so the map is not shown. The list of countries and the panels still work.',
  'map-error': 'The interactive map could not start. The list of countries and the panels still work.',
  'context-lost':
    'The interactive map stopped working (the browser lost its graphics context). The list of countries and the panels still work.',
};

const PICTURE = 'so this is a static picture of the map. Select countries in the list or on the picture.';
const WITH_PICTURE: Readonly<Record<FailReason, string>> = {
  'switched-off': 'The interactive map is switched off on this page; this is a static picture of the map.',
  'no-webgl': `This browser cannot draw the interactive map (WebGL2 is unavailable), ${PICTURE}`,
  geometry: `The interactive map’s outlines could not be loaded, ${PICTURE}`,
  'map-error': `The interactive map could not start, ${PICTURE}`,
  'context-lost': `The interactive map stopped working (the browser lost its graphics context), ${PICTURE}`,
};

/** The visible message for a failure; `hasStatic`: the static picture is in the page. */
export const failMessage = (reason: FailReason, hasStatic: boolean): string =>
  (hasStatic ? WITH_PICTURE : PLAIN)[reason];

/** Only a page without the static picture whose outlines failed has no map at all. */
export const failState = (reason: FailReason, hasStatic: boolean): 'fallback' | 'error' =>
  reason === 'geometry' && !hasStatic ? 'error' : 'fallback';

/** Logs a failure once, with its cause; a map switched off on purpose is not an error. */
export function reportFailure(f: MapFailure, log: Pick<Console, 'error'> = console): void {
  if (f.reason === 'switched-off' || f.reason === 'no-webgl') return;
  log.error(`takedown-map: the interactive map failed (${f.reason})`, f.error ?? '');
}
