/**
 * The claimed-attacks layer: a GeoJSON point per attack (real coordinates;
 * all five are in the main Europe view, so no inset transform) and its
 * circle layer, hidden until the reader turns the layer on; its labels are
 * HTML (label-overlay.ts, at label-layout.ts's ATTACK_LABEL_SPOTS).
 */
import type { FeatureCollection, Point } from 'geojson';
import type {
  ExpressionSpecification,
  LayerSpecification,
  Map as MlMap,
  SourceSpecification,
} from 'maplibre-gl';
import { GROUND, type Theme } from '../data/palette.ts';
import type { Attack } from '../data/types.ts';
import type { State } from '../state/reducer.ts';
import { perFeature } from './expressions.ts';
import { LAYER, SRC } from './ids.ts';
import { attackDate } from '../story/attack-date.ts';

export interface AttackProps {
  id: string;
  place: string;
  date: string;
  label: string;
}

export { attackDate };

export function attackFeatures(
  attacks: readonly Attack[],
  locale = 'en-GB',
): FeatureCollection<Point, AttackProps> {
  return {
    type: 'FeatureCollection',
    features: attacks.map((a) => ({
      type: 'Feature',
      properties: {
        id: a.id,
        place: a.place,
        date: a.date,
        label: `${a.place}, ${attackDate(a.date, locale)}`,
      },
      geometry: { type: 'Point', coordinates: [...a.lngLat] },
    })),
  };
}

export const attackSource = (attacks: readonly Attack[], locale = 'en-GB'): SourceSpecification => ({
  type: 'geojson',
  data: attackFeatures(attacks, locale),
  promoteId: 'id',
});

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function attackLayers(theme: Theme): LayerSpecification[] {
  const g = GROUND[theme];
  return [
    {
      id: LAYER.attacks,
      type: 'circle',
      source: SRC.attacks,
      layout: { visibility: 'none' },
      paint: {
        'circle-radius': ['case', selected, 8, 5.5],
        'circle-color': g.attack,
        'circle-stroke-color': g.attackRing,
        'circle-stroke-width': perFeature(2),
      },
    },
  ];
}

/** The layers the first frame does not draw, so the style leaves them out: added when first shown. */
export const LAZY_LAYERS = [LAYER.attacks] as const;

/**
 * Before a state is drawn: adds the claimed attacks' layer the first time the reader turns it on (on top of the
 * canvas's layers; its labels are HTML, above the canvas). Call with the style loaded; a new style (theme) drops
 * the added layer, and the next call adds it again in its colours.
 */
export function showStoryLayers(map: MlMap, s: State, theme: Theme): void {
  if (s.attacks && !map.getLayer(LAYER.attacks)) for (const layer of attackLayers(theme)) map.addLayer(layer);
}
