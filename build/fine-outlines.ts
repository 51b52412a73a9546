/**
 * Finer outlines for the European view, prepared at build time: world-atlas
 * 1:50m (Natural Earth) countries that meet the European participants' box
 * (grown to take in their neighbours), re-topologised, simplified in topology
 * space with topojson-simplify (so shared borders stay shared and no slivers
 * open) and quantized. The app fetches it after the first frame and draws
 * these countries from it; the rest of the world stays at 1:110m.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Operation } from '../src/data/types.ts';
import { buildMapData, type CountriesTopology } from '../src/geo/build-map-data.ts';
import { bboxOf, padBBox, type BBox } from '../src/geo/mercator.ts';
import { polygonsOf } from '../src/geo/polygons.ts';

const require = createRequire(import.meta.url);

export const FINE_FILE = 'outlines-europe-50m.json';
/** Triangles smaller than this (square degrees, planar) are simplified away: well under a pixel at the zoom cap. */
export const FINE_MIN_WEIGHT = 1e-3;
export const FINE_QUANTIZATION = 1e4;
/** How far past the European participants the fine outlines reach, as a share of their box. */
const NEIGHBOURS = 0.25;
/** A country with a part in the window wider than this share of it (Russia) stays at 1:110m. */
const MAX_WIDTH_SHARE = 0.8;

export const loadWorldAtlas50m = (): CountriesTopology =>
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as CountriesTopology;

const meets = (a: BBox, b: BBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** The window the fine outlines cover, computed from the data (the layout's Europe box, grown). */
export function fineWindow(coarse: CountriesTopology, op: Operation): BBox {
  return padBBox(buildMapData(coarse, op, 'wide').layout.europe, NEIGHBOURS);
}

export function buildFineTopology(
  coarse: CountriesTopology,
  op: Operation,
  fine50m: CountriesTopology = loadWorldAtlas50m(),
): CountriesTopology {
  const window = fineWindow(coarse, op);
  const width = window[2] - window[0];
  const features: Feature<MultiPolygon, { name: string }>[] = [];
  for (const f of feature(fine50m, fine50m.objects.countries).features) {
    if (!f.geometry) continue;
    // Only the parts in the window (metropolitan France, not French Guiana): the app keeps the 1:110m parts elsewhere.
    const parts = polygonsOf(f.geometry as Polygon | MultiPolygon).filter((p) =>
      meets(bboxOf(p[0] ?? []), window),
    );
    if (
      !parts.length ||
      parts.some((p) => {
        const b = bboxOf(p[0] ?? []);
        return b[2] - b[0] > width * MAX_WIDTH_SHARE;
      })
    )
      continue;
    features.push({
      ...f,
      geometry: {
        type: 'MultiPolygon',
        coordinates: parts.map((rings) => rings.map((r) => r.map(([x, y]) => [x, y]))),
      },
    });
  }
  const topo = topology({ countries: { type: 'FeatureCollection', features } as never }, 1e6);
  const simple = simplify(presimplify(topo as never), FINE_MIN_WEIGHT);
  // The window travels with the file, so the app knows which 1:110m parts the fine ones replace.
  return { ...(quantize(simple, FINE_QUANTIZATION) as unknown as CountriesTopology), bbox: [...window] };
}

const cache = new WeakMap<Operation, CountriesTopology>();
/** The fine topology for the operation, computed once per build (the plugins share it). */
export function fineTopologyFor(coarse: CountriesTopology, op: Operation): CountriesTopology {
  const hit = cache.get(op);
  if (hit) return hit;
  const t = buildFineTopology(coarse, op);
  cache.set(op, t);
  return t;
}
