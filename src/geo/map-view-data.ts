/**
 * The map data the interactive map draws, as the build writes it
 * (build/map-data.ts: buildMapData run at build time, once per operation and
 * orientation, coordinates rounded for the zoom cap) and as the app joins
 * label text into it at run time (withText). The file carries geometry and
 * positions keyed by MapKey only: no label text, so a language changes the
 * text and never the geometry.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { namedCountries } from '../data/keys.ts';
import type { Alpha2, NamedKey, Operation } from '../data/types.ts';
import type { CountryProps, InsetProps, LabelProps, MapData } from './build-map-data.ts';
import type { Orientation } from './layout.ts';
import type { BBox } from './mercator.ts';

type Fc<G extends Feature['geometry'], P> = FeatureCollection<G, P>;
type NoName<P> = Omit<P, 'name'>;
type HubProps = { key: 'hub'; anchor: string; offset: readonly [number, number] };

/** What build/map-data.ts writes for one operation and orientation. */
export interface MapDataFile {
  readonly orientation: Orientation;
  /** Everything the overview shows (the layout's frame). */
  readonly frame: BBox;
  readonly bounds: Readonly<Record<string, BBox>>;
  readonly countries: Fc<MultiPolygon, NoName<CountryProps>>;
  readonly borders: Fc<MultiLineString, { part: 'main' | 'inset' }>;
  readonly labels: Fc<Point, NoName<LabelProps>>;
  readonly leaders: Fc<LineString, { key: NamedKey }>;
  readonly spokes: Fc<LineString, { key: NamedKey; schematic: boolean }>;
  readonly hub: Fc<Point, HubProps & { at: readonly [number, number] }>;
  readonly hubLabel: Fc<Point, HubProps>;
  readonly context: Fc<Point, { key: Alpha2 }>;
  /** The inset's frame, and the point its title is drawn at (`title: true`). */
  readonly insetFrame: Fc<Polygon | Point, { title?: true }>;
}

/** What the interactive map needs (buildMapData's MapData is one too). */
export type MapViewData = Pick<
  MapData,
  'countries' | 'borders' | 'labels' | 'leaders' | 'spokes' | 'hub' | 'hubLabel' | 'context' | 'bounds'
> & {
  readonly insetFrame: Fc<Polygon | Point, InsetProps>;
  readonly layout: { readonly frame: BBox };
};

/** Coordinates in the file: integers of 0.001° (about 100 m, well under a pixel at the zoom cap, MAX_ZOOM 6). */
const PRECISION = 1e3;
const r = (v: number) => Math.round(v * PRECISION) / PRECISION;
/** How deep the lines (arrays of positions) sit in each geometry type's coordinates. */
const LINE_DEPTH: Readonly<Record<string, number>> = {
  LineString: 0,
  MultiLineString: 1,
  Polygon: 1,
  MultiPolygon: 2,
};
type Pos = readonly number[];

/** A line of positions → [x0, y0, dx1, dy1, …] in integer steps of 1/PRECISION degree. */
export function encodeLine(line: readonly Pos[]): number[] {
  const out: number[] = [];
  let px = 0,
    py = 0;
  for (const p of line) {
    const x = Math.round(p[0]! * PRECISION),
      y = Math.round(p[1]! * PRECISION);
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}
export function decodeLine(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let x = 0,
    y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i]!;
    y += flat[i + 1]!;
    out.push([x / PRECISION, y / PRECISION]);
  }
  return out;
}
const mapLines = (c: unknown, depth: number, f: (line: never) => unknown): unknown =>
  depth === 0 ? f(c as never) : (c as unknown[]).map((x) => mapLines(x, depth - 1, f));
const encodeGeometry = (g: Feature['geometry']): Feature['geometry'] => {
  if (!g || g.type === 'GeometryCollection') return g;
  const depth = LINE_DEPTH[g.type];
  const coordinates =
    depth === undefined
      ? (mapLines(g.coordinates, g.type === 'Point' ? 0 : 1, (p: Pos) => p.map(r)) as never)
      : (mapLines(g.coordinates, depth, encodeLine) as never);
  return { ...g, coordinates };
};
const decodeGeometry = (g: Feature['geometry']): Feature['geometry'] => {
  if (!g || g.type === 'GeometryCollection') return g;
  const depth = LINE_DEPTH[g.type];
  if (depth === undefined) return g;
  return { ...g, coordinates: mapLines(g.coordinates, depth, decodeLine) } as Feature['geometry'];
};
const strip = <G extends Feature['geometry'], P extends object, Q>(
  fc: Fc<G, P>,
  props: (p: P) => Q,
): Fc<G, Q> => ({
  type: 'FeatureCollection',
  features: fc.features.map((f) => ({
    type: 'Feature',
    properties: props(f.properties),
    geometry: encodeGeometry(f.geometry) as G,
  })),
});
const at = (p: readonly [number, number]): [number, number] => [r(p[0]), r(p[1])];

/**
 * buildMapData's result → the file: text dropped; lines and rings delta-encoded integers (decoded by withText:
 * a linear pass, no layout), points rounded.
 */
export function toMapDataFile(data: MapData): MapDataFile {
  return {
    orientation: data.layout.orientation,
    frame: data.layout.frame,
    bounds: data.bounds,
    countries: strip(data.countries, ({ key, role, alpha2, part }) => ({ key, role, alpha2, part })),
    borders: strip(data.borders as Fc<MultiLineString, { part: 'main' | 'inset' }>, (p) => p),
    labels: strip(data.labels, ({ key, role, anchor, offset, at: a }) => ({
      key,
      role,
      anchor,
      offset,
      at: at(a),
    })),
    leaders: strip(data.leaders, (p) => p),
    spokes: strip(data.spokes, (p) => p),
    hub: strip(data.hub, ({ key, anchor, offset, at: a }) => ({ key, anchor, offset, at: at(a) })),
    hubLabel: strip(data.hubLabel, ({ key, anchor, offset }) => ({ key, anchor, offset })),
    context: strip(data.context, ({ key }) => ({ key })),
    insetFrame: strip(data.insetFrame, (p): { title?: true } => (p.title ? { title: true } : {})),
  };
}

/** The text the map draws, by key: the place names, and the inset's title. */
export interface MapText {
  readonly names: Readonly<Record<string, string>>;
  readonly insetTitle: string;
}

/** The operation's names (English for now; a language passes its own). */
export const mapTextOf = (op: Operation, insetTitle: string): MapText => ({
  names: Object.fromEntries([
    ...namedCountries(op).map((c) => [c.alpha2, c.name] as const),
    ['hub', op.hub.name] as const,
  ]),
  insetTitle,
});

const named = <G extends Feature['geometry'], P extends { key: string }>(
  fc: Fc<G, P>,
  names: MapText['names'],
): Fc<G, P & { name: string }> => ({
  type: 'FeatureCollection',
  features: fc.features.map((f) => ({
    ...f,
    properties: { ...f.properties, name: names[f.properties.key] ?? '' },
    geometry: decodeGeometry(f.geometry) as G,
  })),
});
const decoded = <G extends Feature['geometry'], P>(fc: Fc<G, P>): Fc<G, P> => ({
  type: 'FeatureCollection',
  features: fc.features.map((f) => ({ ...f, geometry: decodeGeometry(f.geometry) as G })),
});

/** The file decoded, with the text joined in, as the map draws it. */
export function withText(file: MapDataFile, text: MapText): MapViewData {
  return {
    countries: named(file.countries, text.names),
    borders: decoded(file.borders),
    labels: named(file.labels, text.names),
    leaders: decoded(file.leaders),
    spokes: decoded(file.spokes),
    hub: named(file.hub, text.names),
    hubLabel: named(file.hubLabel, text.names),
    context: named(file.context, text.names),
    insetFrame: {
      type: 'FeatureCollection',
      features: decoded(file.insetFrame).features.map((f) => ({
        ...f,
        properties: f.properties.title ? { title: text.insetTitle } : {},
      })),
    },
    bounds: file.bounds,
    layout: { frame: file.frame },
  };
}
