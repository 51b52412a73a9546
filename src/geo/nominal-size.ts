/** The overview box a layout is planned in: the labels are placed in it and the static pictures drawn at it. Pure. */
import type { Orientation } from './layout.ts';
import { project, type BBox } from './mercator.ts';
import type { Size } from './pixel-frame.ts';

/** Widths of the overview boxes: the desktop map box at 1280 × 800 and a phone's at 375 px. */
const NOMINAL_WIDTH: Readonly<Record<Orientation, number>> = { wide: 880, tall: 360 };
/** The margin, in pixels, between the frame and the box's edge. */
export const PAD = 12;

/**
 * Heights the map box rarely exceeds on screen (it is capped at the window's height less the page chrome:
 * about 568 px at 1366 × 768, 467 px on a 375 × 667 phone). A frame taller than its width allows is drawn
 * at the scale that fits this height, so labels are placed at a scale no larger than the one the reader
 * sees (a larger map only moves them further apart; a smaller one would make them collide).
 */
const MAX_HEIGHT: Readonly<Record<Orientation, number>> = { wide: 540, tall: 460 };

/**
 * The overview box of a layout: the frame (the data, with margins) fitted into the orientation's width
 * and at most its maximum height, so the map box's proportions come from the data rather than the
 * screen. Also the static pictures' sizes.
 */
export function nominalSize(frame: BBox, orientation: Orientation): Size {
  const [x0, y0] = project([frame[0], frame[3]]);
  const [x1, y1] = project([frame[2], frame[1]]);
  const aspect = (y1 - y0) / (x1 - x0);
  const width = NOMINAL_WIDTH[orientation];
  const height = Math.round((width - 2 * PAD) * aspect + 2 * PAD);
  const max = MAX_HEIGHT[orientation];
  return height <= max
    ? { width, height }
    : { width: Math.round((max - 2 * PAD) / aspect + 2 * PAD), height: max };
}
