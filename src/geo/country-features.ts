/**
 * Every country as a feature coloured by role, in the main map and (North
 * America) in the inset, with each participant's main polygon and its bounds.
 * Pure.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { landKey } from '../data/keys.ts';
import { primaryRole } from '../data/roles.ts';
import type { Participant } from '../data/types.ts';
import { clipRing } from './clip.ts';
import { INSET_CODES } from './inset-codes.ts';
import type { Inset } from './layout.ts';
import type { CountryProps } from './map-data-types.ts';
import { bboxOf, type BBox } from './mercator.ts';
import { largestPolygon, toGeometry, type Rings } from './polygons.ts';
import type { WorldCountry } from './world-countries.ts';

/** A participant's main polygon (in the inset for North America: `schematic`). */
export interface PlacedParticipant {
  readonly p: Participant;
  readonly main: Rings;
  readonly schematic: boolean;
}

export interface CountryFeatures {
  readonly countries: Feature<MultiPolygon, CountryProps>[];
  /** Composited bounds of each participant's main polygon, by alpha-2. */
  readonly bounds: Record<string, BBox>;
  readonly placed: PlacedParticipant[];
}

export function countryFeatures(
  world: readonly (WorldCountry & { participant: Participant | undefined })[],
  inset: Inset | null,
): CountryFeatures {
  const countries: Feature<MultiPolygon, CountryProps>[] = [];
  const bounds: Record<string, BBox> = {};
  const placed: PlacedParticipant[] = [];
  for (const c of world) {
    const p = c.participant;
    const isInsetParticipant = inset !== null && p !== undefined && INSET_CODES.has(p.alpha2);
    const base = {
      name: p?.name ?? c.name,
      role: p ? primaryRole(p) : null,
      alpha2: p?.alpha2 ?? null,
    };
    const insetPolys = inset
      ? c.polys
          .map((rings) =>
            rings.map((r) => clipRing(r, inset.source).map(inset.toInset)).filter((r) => r.length),
          )
          .filter((rings) => rings[0]?.length)
      : [];
    if (insetPolys.length && (!p || isInsetParticipant)) {
      countries.push({
        type: 'Feature',
        properties: { ...base, key: p?.alpha2 ?? landKey(`i${c.id}`), part: 'inset' },
        geometry: toGeometry(insetPolys),
      });
    }
    // The real North America stays on the world map (grey, not a participant there), so zooming out shows no hole.
    if (isInsetParticipant)
      countries.push({
        type: 'Feature',
        properties: { name: c.name, role: null, alpha2: null, key: landKey(`r${c.id}`), part: 'main' },
        geometry: toGeometry(c.polys),
      });
    else
      countries.push({
        type: 'Feature',
        properties: { ...base, key: p?.alpha2 ?? landKey(c.id), part: 'main' },
        geometry: toGeometry(c.polys),
      });
    if (p) {
      const main = isInsetParticipant ? largestPolygon(insetPolys) : largestPolygon(c.polys);
      bounds[p.alpha2] = bboxOf(main[0] ?? []);
      placed.push({ p, main, schematic: isInsetParticipant });
    }
  }
  return { countries, bounds, placed };
}
