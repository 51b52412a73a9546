/** How big a label is drawn: the text sizes, the one wrap MapLibre makes, and the estimated box. Pure. */

export const LABEL_SIZE = 12.5;
export const HUB_LABEL_SIZE = 12;
/** Noto Sans averages about this many ems per character; halos add a little. */
const CHAR_EM = 0.58;
const LINE_EM = 1.2;
const HALO = 2;
/** Names longer than this many characters wrap once (MapLibre's text-max-width of 7 ems at 12.5 px). */
const MAX_CHARS = 13;

export function wrapName(name: string): string[] {
  if (name.length <= MAX_CHARS || !name.includes(' ')) return [name];
  const mid = name.length / 2;
  let best = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1))
    if (best < 0 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  return [name.slice(0, best), name.slice(best + 1)];
}

/** Estimated size of a label in pixels. */
export function labelSize(name: string, size = LABEL_SIZE): [number, number] {
  const lines = wrapName(name);
  return [
    Math.max(...lines.map((l) => l.length)) * CHAR_EM * size + 2 * HALO,
    lines.length * LINE_EM * size + HALO,
  ];
}
