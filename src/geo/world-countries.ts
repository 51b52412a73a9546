/**
 * The world's countries as polygons from the 1:110m topology, with the finer
 * 1:50m outlines merged in where the fine file covers them. Pure.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { bboxesMeet, bboxOf, type BBox } from './mercator.ts';
import { polygonsOf, type Rings } from './polygons.ts';
import type { CountriesTopology } from './map-data-types.ts';

export interface WorldCountry {
  id: string;
  name: string;
  polys: Rings[];
}

export function countriesOf(topology: CountriesTopology): WorldCountry[] {
  return feature(topology, topology.objects.countries).features.map((f) => {
    const name = f.properties?.name ?? 'Unknown';
    const id = typeof f.id === 'string' ? f.id : `X-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    return { id, name, polys: f.geometry ? polygonsOf(f.geometry as Polygon | MultiPolygon) : [] };
  });
}

/**
 * 1:110m countries with their parts inside the fine window replaced by the
 * 1:50m parts (build/fine-outlines.ts); countries only the fine file has
 * (Malta, Andorra…) are added. Parts outside the window (French Guiana) stay.
 */
export function mergeFine(
  coarse: WorldCountry[],
  fine: CountriesTopology | undefined,
): { world: WorldCountry[]; fineIds: ReadonlySet<string> } {
  const window = fine?.bbox;
  if (!fine || !window || window.length < 4) return { world: coarse, fineIds: new Set() };
  const box: BBox = [window[0], window[1], window[2], window[3]];
  const byId = new Map(countriesOf(fine).map((c) => [c.id, c]));
  const world = coarse.map((c) => {
    const f = byId.get(c.id);
    if (!f) return c;
    byId.delete(c.id);
    return { ...c, polys: [...f.polys, ...c.polys.filter((p) => !bboxesMeet(bboxOf(p[0] ?? []), box))] };
  });
  const fineIds = new Set(countriesOf(fine).map((c) => c.id));
  return { world: [...world, ...byId.values()], fineIds };
}
