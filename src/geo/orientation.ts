/** The one breakpoint of the layout: boxes narrower than this get the phone layout (inset below Europe). */
import type { Orientation } from './layout.ts';

export const NARROW_PX = 600;

/** Phones get the inset below Europe; wider boxes get it to the west. */
export const orientationFor = (width: number): Orientation => (width < NARROW_PX ? 'tall' : 'wide');
