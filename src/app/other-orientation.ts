/**
 * The map data in the other orientation (a phone rotated, a window resized
 * across the breakpoint) without keeping the file's encoded main map: its
 * countries and borders are the same in both orientations, so they are taken
 * from the data shown (decoded, which the map holds anyway); each
 * orientation's own part (inset, labels, leaders, spokes, frame) is small
 * and decoded from the file's parts. Equal to withText(file, next, text). Pure.
 */
import type { Orientation } from '../geo/layout.ts';
import { withText, type MapDataFile, type MapText, type MapViewData } from '../geo/map-view-data.ts';

const empty = () => ({ type: 'FeatureCollection' as const, features: [] });
const isMain = (f: { properties: unknown }) => (f.properties as { part?: string } | null)?.part === 'main';

export function otherOrientation(
  data: MapViewData,
  parts: MapDataFile['parts'],
  next: Orientation,
  text: MapText,
): MapViewData {
  const own = withText({ main: { countries: empty(), borders: empty() }, parts }, next, text);
  return {
    ...own,
    countries: {
      ...own.countries,
      features: [...data.countries.features.filter(isMain), ...own.countries.features],
    },
    borders: { ...own.borders, features: [...data.borders.features.filter(isMain), ...own.borders.features] },
  };
}
