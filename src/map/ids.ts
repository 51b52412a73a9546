/** Source and layer ids, shared by the style, the interactions and the tests. */
export const SRC = {
  countries: 'countries',
  borders: 'borders',
  spokes: 'spokes',
  hub: 'hub',
  inset: 'inset-frame',
  attacks: 'attacks',
  leaders: 'leaders',
} as const;

export const LAYER = {
  fill: 'country-fill',
  pattern: 'country-pattern',
  insetPattern: 'inset-pattern',
  borders: 'borders',
  insetBackground: 'inset-background',
  insetFill: 'inset-fill',
  insetBorders: 'inset-borders',
  insetFrame: 'inset-frame',
  outline: 'participant-outline',
  spokes: 'spokes',
  hubHalo: 'hub-halo',
  hubRing: 'hub-ring',
  hub: 'hub',
  attacks: 'attacks',
  leaders: 'leaders',
} as const;

/** The overview's leaders, shown up to a little past the overview zoom as the placed labels are (label-overlay.ts). */
export const OVERVIEW_LAYERS = [LAYER.leaders] as const;
/** How far past the overview zoom the placed labels stay; closer in, the labels sit on their countries. */
export const CLOSE_AFTER = 0.6;

/** Layers a click or hover can pick a participant from (and the HTML labels: label-overlay.ts keyAt()). */
export const PICKABLE = [LAYER.fill, LAYER.insetFill, LAYER.hub, LAYER.hubHalo] as const;

/** The zoom cap: past it even the fine outlines would show their vertices. */
export const MAX_ZOOM = 6;
/** Selecting a country frames it (highlight and framing), never closer than this. */
export const SELECT_MAX_ZOOM = 5;
