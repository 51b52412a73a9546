/**
 * MapLibre 6 draws the style's sky before the layers in every frame (`Painter.render`: `if (data.sky)
 * this.drawFunctions.sky(…)`), and a style always has one (`Style` makes a `Sky` with transparent colours when the
 * style names none): a full-screen quad with a shader program of its own, compiled and linked before the first
 * frame (in software GL, tens of ms) and one more full-canvas fragment pass in every frame after it (each click,
 * hover and zoom). Our style has no sky, and a sky with no colour draws nothing, so this skips that draw. MapLibre
 * has no setting for it, hence an override of the painter's draw function, on this map's painter only
 * (`painter.drawFunctions` is in MapLibre's typings; its object is shared by every map, so it is copied, never
 * changed). Feature-detected: a MapLibre that renames it loses only the saving (the sky is drawn as before), and
 * the map E2E test (no `sky` program after ready) says so. A sky that has a colour (`map.setSky()`) is still drawn.
 * Call again on a new painter (after a lost WebGL context is restored). Returns whether the override is in place.
 */
import type { Map as MlMap } from 'maplibre-gl';

type SkyDraw = MlMap['painter']['drawFunctions']['sky'];
type SkyContext = Parameters<SkyDraw>[1];
/** The evaluated sky colours, as far as this module reads them (MapLibre's `Color`: premultiplied, 0–1). */
type SkyColours = {
  readonly 'sky-color'?: { readonly a?: number };
  readonly 'horizon-color'?: { readonly a?: number };
};

/** Marks the draw function this module made, so a second call on the same painter does not wrap it again. */
const SKIPPING = Symbol('skip-empty-sky');
type Marked = SkyDraw & { [SKIPPING]?: true };

/** Whether a sky has anything to draw: the sky shader paints only its sky and horizon colours. */
export function skyHasColour(sky: SkyColours | undefined): boolean {
  if (!sky) return false;
  const alpha = (c: { readonly a?: number } | undefined) => (typeof c?.a === 'number' ? c.a : 1);
  return alpha(sky['sky-color']) > 0 || alpha(sky['horizon-color']) > 0;
}

export function skipEmptySky(map: MlMap): boolean {
  const painter = (map as { painter?: Partial<MlMap['painter']> }).painter;
  const draws = painter?.drawFunctions;
  const drawSky: Marked | undefined = draws?.sky;
  if (!painter || !draws || typeof drawSky !== 'function') return false;
  if (drawSky[SKIPPING]) return true;
  const skipping: Marked = (mesh, frame: SkyContext) => {
    if (skyHasColour((frame as { data?: { sky?: SkyColours } }).data?.sky)) drawSky(mesh, frame);
  };
  skipping[SKIPPING] = true;
  painter.drawFunctions = { ...draws, sky: skipping };
  return true;
}
