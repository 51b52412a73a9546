/** The North America inset's dashed frame and its title, as features. Pure. */
import type { Feature, Point, Polygon } from 'geojson';
import type { Inset } from './layout.ts';
import type { InsetProps } from './map-data-types.ts';
import { round } from './polygons.ts';

export const INSET_TITLE = 'North America';
export const INSET_NOTE = 'smaller scale';

/** The frame (a polygon) and the title (a point at its lower left); none without an inset. */
export function insetFrameFeatures(inset: Inset | null): Feature<Polygon | Point, InsetProps>[] {
  if (!inset) return [];
  const [w, s, e, n] = inset.target;
  return [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    },
    // The title sits in the inset's lower left (the Pacific), clear of Alaska and the Arctic islands.
    {
      type: 'Feature',
      properties: { title: `${INSET_TITLE}\n${INSET_NOTE}` },
      geometry: { type: 'Point', coordinates: [round(w), round(s)] },
    },
  ];
}
