/** The pixel frame moved to src/geo (label placement needs it too); re-exported for the static builder. */
export { fitFrame, type PixelFrame, type Size } from '../geo/pixel-frame.ts';
