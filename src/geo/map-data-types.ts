/** What buildMapData() returns: the features both maps draw, with the layout and placement they were made for. */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Alpha2, MapKey, NamedKey, Role } from '../data/types.ts';
import type { Layout } from './layout.ts';
import type { BBox } from './mercator.ts';
import type { Placement } from './label-placement.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** `role` is the April 2018 role (the first paint's colour); `alpha2` is set for every country the data names. */
export interface CountryProps {
  key: MapKey;
  name: string;
  role: Role | null;
  alpha2: Alpha2 | null;
  part: 'main' | 'inset';
}
/** `at` is the point on the country the label belongs to (its leader starts there); the geometry is where the label is drawn. */
export interface LabelProps {
  key: NamedKey;
  name: string;
  role: Role;
  anchor: string;
  offset: readonly [number, number];
  at: readonly [number, number];
}

export interface InsetProps {
  title?: string;
}
export type HubProps = { key: 'hub'; name: string; anchor: string; offset: readonly [number, number] };

export interface MapData {
  readonly countries: FeatureCollection<MultiPolygon, CountryProps>;
  readonly borders: FeatureCollection<MultiLineString>;
  /** Participant labels, placed with collision handling at the overview (label-placement.ts). */
  readonly labels: FeatureCollection<Point, LabelProps>;
  /** Leader lines from a country to its label where the label had to move off it. */
  readonly leaders: FeatureCollection<LineString, { key: NamedKey }>;
  /** From the hub to each participant's edge; `schematic` for those into the inset. */
  readonly spokes: FeatureCollection<LineString, { key: NamedKey; schematic: boolean }>;
  /** The hub dot (at The Hague). */
  readonly hub: FeatureCollection<Point, HubProps & { at: readonly [number, number] }>;
  /** The hub's label, placed like the others. */
  readonly hubLabel: FeatureCollection<Point, HubProps>;
  /** Labels of named countries that are not participants: none since ops-16 (kept empty for the map's layer). */
  readonly context: FeatureCollection<Point, { key: Alpha2; name: string }>;
  /** The inset's frame (a polygon) and its title (a point at its lower left); empty without an inset. */
  readonly insetFrame: FeatureCollection<Polygon | Point, InsetProps>;
  readonly layout: Layout;
  readonly placement: Placement;
  /** Composited bounds of each participant's main polygon, and of the hub, by key. */
  readonly bounds: Readonly<Record<string, BBox>>;
  /** World-atlas ids present in the topology, for the data invariants. */
  readonly ids: ReadonlySet<string>;
}
