/**
 * Why the interactive map is not shown, with what caused it. Each reason has
 * its message (with and without the static picture in the page) and the
 * map state it leads to; `reportFailure` logs the cause once.
 */
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en.ts';

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

const PLAIN: Readonly<Record<FailReason, MessageKey>> = {
  'switched-off': 'fail.switchedOff',
  'no-webgl': 'fail.noWebgl',
  geometry: 'fail.geometry',
  'map-error': 'fail.mapError',
  'context-lost': 'fail.contextLost',
};

const WITH_PICTURE: Readonly<Record<FailReason, MessageKey>> = {
  'switched-off': 'fail.picture.switchedOff',
  'no-webgl': 'fail.picture.noWebgl',
  geometry: 'fail.picture.geometry',
  'map-error': 'fail.picture.mapError',
  'context-lost': 'fail.picture.contextLost',
};

/** The visible message for a failure, in the reader's language; `hasStatic`: the static picture is in the page. */
export const failMessage = (reason: FailReason, hasStatic: boolean, i18n: I18n = EN_I18N): string =>
  i18n.t((hasStatic ? WITH_PICTURE : PLAIN)[reason]);

/** Only a page without the static picture whose outlines failed has no map at all. */
export const failState = (reason: FailReason, hasStatic: boolean): 'fallback' | 'error' =>
  reason === 'geometry' && !hasStatic ? 'error' : 'fallback';

/** Logs a failure once, with its cause; a map switched off on purpose is not an error. */
export function reportFailure(f: MapFailure, log: Pick<Console, 'error'> = console): void {
  if (f.reason === 'switched-off' || f.reason === 'no-webgl') return;
  log.error(`takedown-map: the interactive map failed (${f.reason})`, f.error ?? '');
}
