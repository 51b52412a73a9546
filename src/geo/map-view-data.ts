/**
 * The map data the interactive map draws, as the build writes it
 * (build/map-data.ts: buildMapData run at build time for the operation, both
 * orientations in one file, coordinates encoded for the zoom cap) and as the app joins
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

/** One orientation's part of the file: its inset, labels, leaders, spokes, frame. */
export interface OrientationPart {
  /** Everything the overview shows (the layout's frame). */
  readonly frame: BBox;
  readonly bounds: Readonly<Record<string, BBox>>;
  /** The countries drawn in the inset (part 'inset'). */
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

/**
 * What build/map-data.ts writes for one operation: the main map's countries and borders (the same in both
 * orientations) once, and each orientation's own part.
 */
export interface MapDataFile {
  readonly main: {
    readonly countries: Fc<MultiPolygon, NoName<CountryProps>>;
    readonly borders: Fc<MultiLineString, { part: 'main' | 'inset' }>;
  };
  readonly parts: Readonly<Record<Orientation, OrientationPart>>;
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

const onlyPart = <G extends Feature['geometry'], P extends { part: 'main' | 'inset' }>(
  fc: Fc<G, P>,
  part: 'main' | 'inset',
): Fc<G, P> => ({
  type: 'FeatureCollection',
  features: fc.features.filter((f) => f.properties.part === part),
});
const countryProps = ({ key, role, alpha2, part }: CountryProps): NoName<CountryProps> => ({
  key,
  role,
  alpha2,
  part,
});
type Borders = Fc<MultiLineString, { part: 'main' | 'inset' }>;

function toPart(data: MapData): OrientationPart {
  return {
    frame: data.layout.frame,
    bounds: data.bounds,
    countries: strip(onlyPart(data.countries, 'inset'), countryProps),
    borders: strip(onlyPart(data.borders as Borders, 'inset'), (p) => p),
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

/**
 * buildMapData's results for both orientations → the file: text dropped; lines and rings delta-encoded integers
 * (decoded by withText: a linear pass, no layout), points rounded; the main map's geometry once.
 */
export function toMapDataFile(wide: MapData, tall: MapData): MapDataFile {
  return {
    main: {
      countries: strip(onlyPart(wide.countries, 'main'), countryProps),
      borders: strip(onlyPart(wide.borders as Borders, 'main'), (p) => p),
    },
    parts: { wide: toPart(wide), tall: toPart(tall) },
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

/** One orientation of the file, decoded, with the text joined in, as the map draws it. */
export function withText(file: MapDataFile, orientation: Orientation, text: MapText): MapViewData {
  const part = file.parts[orientation];
  const both = <G extends Feature['geometry'], P>(a: Fc<G, P>, b: Fc<G, P>): Fc<G, P> => ({
    type: 'FeatureCollection',
    features: [...a.features, ...b.features],
  });
  return {
    countries: named(both(file.main.countries, part.countries), text.names),
    borders: decoded(both(file.main.borders, part.borders)),
    labels: named(part.labels, text.names),
    leaders: decoded(part.leaders),
    spokes: decoded(part.spokes),
    hub: named(part.hub, text.names),
    hubLabel: named(part.hubLabel, text.names),
    context: named(part.context, text.names),
    insetFrame: {
      type: 'FeatureCollection',
      features: decoded(part.insetFrame).features.map((f) => ({
        ...f,
        properties: f.properties.title ? { title: text.insetTitle } : {},
      })),
    },
    bounds: part.bounds,
    layout: { frame: part.frame },
  };
}
