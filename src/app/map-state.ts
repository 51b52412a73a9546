/** The `<html data-map-state>` contract (DESIGN.md, public contract 1). */
export type MapState = 'loading' | 'static' | 'ready' | 'fallback' | 'error';

export const setMapState = (state: MapState): void => {
  document.documentElement.dataset.mapState = state;
};

export const getMapState = (): string | undefined => document.documentElement.dataset.mapState;
