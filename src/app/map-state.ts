/** The `<html data-map-state>` contract (DESIGN.md, public contract 1). */
export type MapState = 'loading' | 'static' | 'ready' | 'fallback' | 'error';

/** Sets the attribute and a `map-state:<state>` performance mark, which `npm run bench` reads. */
export const setMapState = (state: MapState): void => {
  document.documentElement.dataset.mapState = state;
  performance.mark(`map-state:${state}`);
};
