/** Source and layer ids, shared by the style, the interactions and the tests. */
export const SRC = {
  countries: 'countries',
  borders: 'borders',
  labels: 'labels',
  spokes: 'spokes',
  hub: 'hub',
  inset: 'inset-frame',
  attacks: 'attacks',
  leaders: 'leaders',
  hubLabel: 'hub-label',
  context: 'context-labels',
  anchors: 'label-anchors',
} as const;

export const LAYER = {
  background: 'background',
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
  hub: 'hub',
  labels: 'labels',
  hubLabel: 'hub-label',
  attacks: 'attacks',
  attackLabels: 'attack-labels',
  leaders: 'leaders',
  insetTitle: 'inset-title',
  context: 'context-labels',
  closeLabels: 'labels-close',
  closeHubLabel: 'hub-label-close',
} as const;

/** The overview's placed labels and leaders, shown up to a little past the overview zoom; closer in, the labels sit on their countries. */
export const OVERVIEW_LAYERS = [LAYER.labels, LAYER.leaders, LAYER.hubLabel] as const;
export const CLOSE_LAYERS = [LAYER.closeLabels, LAYER.closeHubLabel] as const;
/** How far past the overview zoom the placed labels stay. */
export const CLOSE_AFTER = 0.6;

/** Layers a click or hover can pick a participant from. */
export const PICKABLE = [
  LAYER.fill,
  LAYER.insetFill,
  LAYER.labels,
  LAYER.hub,
  LAYER.hubHalo,
  LAYER.hubLabel,
] as const;

/** The font family registered through the style's font-faces. */
export const MAP_FONT = 'Takedown Sans';
export const MAP_FONT_BOLD = 'Takedown Sans Bold';

/** The zoom cap: past it even the fine outlines would show their vertices. */
export const MAX_ZOOM = 6;
/** Selecting a country frames it (highlight and framing), never closer than this. */
export const SELECT_MAX_ZOOM = 5;
