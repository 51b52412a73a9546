/**
 * The map data file (src/geo/map-view-data.ts) on a small hand-made MapData:
 * what toMapDataFile keeps and drops, the delta encoding, and withText
 * joining the names back in. Fast on purpose (no world atlas): Stryker runs
 * it for every mutant of the module.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { landKey } from '../../../src/data/keys.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import type { CountryProps, MapData } from '../../../src/geo/build-map-data.ts';
import {
  decodeLine,
  encodeLine,
  mapTextOf,
  toMapDataFile,
  withText,
  type MapText,
} from '../../../src/geo/map-view-data.ts';

const fc = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features,
});
const feature = <G extends Geometry, P>(geometry: G, properties: P): Feature<G, P> => ({
  type: 'Feature',
  properties,
  geometry,
});
const square = (x: number, y: number): number[][][] => [
  [
    [x, y],
    [x + 1.23456, y],
    [x + 1.23456, y + 1],
    [x, y],
  ],
];

/** One orientation's MapData, shifted by `dx` so wide and tall differ. */
function mapData(dx: number): MapData {
  return {
    countries: fc<MultiPolygon, CountryProps>([
      feature(
        { type: 'MultiPolygon', coordinates: [square(4 + dx, 50)] },
        { key: 'BE', name: 'Belgium', role: 'servers', alpha2: 'BE', part: 'main' },
      ),
      feature(
        { type: 'MultiPolygon', coordinates: [square(10, 40)] },
        { key: landKey('250'), name: 'Unnamed', role: null, alpha2: null, part: 'main' },
      ),
      feature(
        { type: 'MultiPolygon', coordinates: [square(-20 + dx, 30)] },
        { key: 'US', name: 'United States', role: 'lead', alpha2: 'US', part: 'inset' },
      ),
    ]),
    borders: fc([
      feature(
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [4.0004, 50.0004],
              [5.5, 51.25],
            ],
          ],
        },
        { part: 'main' },
      ),
      feature(
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [-20, 30],
              [-19 + dx, 31],
            ],
          ],
        },
        { part: 'inset' },
      ),
    ]),
    labels: fc([
      feature(
        { type: 'Point', coordinates: [4.12345 + dx, 50.56789] },
        {
          key: 'BE',
          name: 'Belgium',
          role: 'servers',
          anchor: 'left',
          offset: [1, 0] as const,
          at: [4.44444 + dx, 50.55555] as const,
        },
      ),
    ]),
    leaders: fc([
      feature(
        {
          type: 'LineString',
          coordinates: [
            [4.44444, 50.55555],
            [4.12345 + dx, 50.56789],
          ],
        },
        { key: 'BE' },
      ),
    ]),
    spokes: fc([
      feature(
        {
          type: 'LineString',
          coordinates: [
            [4.3, 52.08],
            [-20 + dx, 30.5],
          ],
        },
        { key: 'US', schematic: true },
      ),
    ]),
    hub: fc([
      feature(
        { type: 'Point', coordinates: [4.30001 + dx, 52.07999] },
        {
          key: 'hub',
          name: 'Europol',
          anchor: 'top',
          offset: [0, 1] as const,
          at: [4.31234 + dx, 52.07654] as const,
        },
      ),
    ]),
    hubLabel: fc([
      feature(
        { type: 'Point', coordinates: [4.3 + dx, 52.5] },
        { key: 'hub', name: 'Europol', anchor: 'bottom', offset: [0, -1] as const },
      ),
    ]),
    context: fc([feature({ type: 'Point', coordinates: [-3.7 + dx, 40.4] }, { key: 'ES', name: 'Spain' })]),
    insetFrame: fc<Geometry, { title?: string }>([
      feature({ type: 'Polygon', coordinates: square(-30 + dx, 20) }, {}),
      feature({ type: 'Point', coordinates: [-30 + dx, 20] }, { title: 'North America' }),
    ]) as MapData['insetFrame'],
    layout: { frame: [-30 + dx, 20, 30, 60] } as unknown as MapData['layout'],
    placement: {} as MapData['placement'],
    bounds: { BE: [4, 50, 5.2, 51], hub: [4.3, 52, 4.4, 52.1] },
    ids: new Set(['056', '840']),
  };
}

const WIDE = mapData(0);
const TALL = mapData(100);
const TEXT: MapText = {
  names: { BE: 'Belgique', US: 'États-Unis', hub: 'Europol (NL)', ES: 'Espagne' },
  insetTitle: 'Amérique du Nord',
};
const near = (a: unknown, b: unknown) => {
  const flat = (c: unknown): number[] => (Array.isArray(c) ? c.flatMap(flat) : [c as number]);
  const x = flat(a),
    y = flat(b);
  expect(x.length).toBe(y.length);
  x.forEach((v, i) => expect(Math.abs(v - y[i]!), `${i}: ${v} vs ${y[i]}`).toBeLessThanOrEqual(5e-4));
};

describe('encodeLine / decodeLine', () => {
  test('first point absolute, then deltas, in integer thousandths of a degree', () => {
    expect(
      encodeLine([
        [1.2344, -2],
        [1.5, -1.9996],
        [0, 0],
      ]),
    ).toEqual([1234, -2000, 266, 0, -1500, 2000]);
    expect(decodeLine([1234, -2000, 266, 0, -1500, 2000])).toEqual([
      [1.234, -2],
      [1.5, -2],
      [0, 0],
    ]);
  });
  test('an odd trailing value is ignored, an empty line stays empty', () => {
    expect(decodeLine([1000, 2000, 5])).toEqual([[1, 2]]);
    expect(decodeLine([])).toEqual([]);
    expect(encodeLine([])).toEqual([]);
  });
});

describe('toMapDataFile', () => {
  const file = toMapDataFile(WIDE, TALL);

  test('the main map once (from the wide data), each orientation its own inset part', () => {
    expect(file.main.countries.features.map((f) => f.properties)).toEqual([
      { key: 'BE', role: 'servers', alpha2: 'BE', part: 'main' },
      { key: '250', role: null, alpha2: null, part: 'main' },
    ]);
    expect(file.main.countries.features[0]!.geometry.coordinates).toEqual([[encodeLine(square(4, 50)[0]!)]]);
    expect(file.main.borders.features.map((f) => f.properties)).toEqual([{ part: 'main' }]);
    for (const [o, dx] of [
      ['wide', 0],
      ['tall', 100],
    ] as const) {
      const part = file.parts[o];
      expect(part.countries.features.map((f) => f.properties)).toEqual([
        { key: 'US', role: 'lead', alpha2: 'US', part: 'inset' },
      ]);
      expect(part.countries.features[0]!.geometry.coordinates).toEqual([
        [encodeLine(square(-20 + dx, 30)[0]!)],
      ]);
      expect(part.borders.features.map((f) => f.properties)).toEqual([{ part: 'inset' }]);
      expect(part.borders.features[0]!.geometry.coordinates).toEqual([
        encodeLine([
          [-20, 30],
          [-19 + dx, 31],
        ]),
      ]);
      expect(part.frame).toEqual([-30 + dx, 20, 30, 60]);
      expect(part.bounds).toEqual({ BE: [4, 50, 5.2, 51], hub: [4.3, 52, 4.4, 52.1] });
    }
  });

  test('no names; points and label anchors rounded to 0.001°; lines delta-encoded', () => {
    const w = file.parts.wide;
    expect(JSON.stringify(file)).not.toMatch(/Belgium|United States|Europol|Spain|North America|Unnamed/);
    expect(w.labels.features[0]).toEqual({
      type: 'Feature',
      properties: { key: 'BE', role: 'servers', anchor: 'left', offset: [1, 0], at: [4.444, 50.556] },
      geometry: { type: 'Point', coordinates: [4.123, 50.568] },
    });
    expect(w.leaders.features[0]!.properties).toEqual({ key: 'BE' });
    expect(w.leaders.features[0]!.geometry.coordinates).toEqual(
      encodeLine([
        [4.44444, 50.55555],
        [4.12345, 50.56789],
      ]),
    );
    expect(w.spokes.features[0]!.properties).toEqual({ key: 'US', schematic: true });
    expect(w.hub.features[0]!.properties).toEqual({
      key: 'hub',
      anchor: 'top',
      offset: [0, 1],
      at: [4.312, 52.077],
    });
    expect(w.hub.features[0]!.geometry.coordinates).toEqual([4.3, 52.08]);
    expect(w.hubLabel.features[0]!.properties).toEqual({ key: 'hub', anchor: 'bottom', offset: [0, -1] });
    expect(w.context.features[0]!.properties).toEqual({ key: 'ES' });
    expect(w.insetFrame.features.map((f) => f.properties)).toEqual([{}, { title: true }]);
    expect(w.insetFrame.features[0]!.geometry.type).toBe('Polygon');
    expect(w.insetFrame.features[0]!.geometry.coordinates).toEqual([encodeLine(square(-30, 20)[0]!)]);
    expect(file.parts.tall.labels.features[0]!.geometry.coordinates).toEqual([104.123, 50.568]);
  });
});

describe('withText', () => {
  const file = toMapDataFile(WIDE, TALL);

  test('decodes one orientation and joins the names by key', () => {
    for (const [o, data] of [
      ['wide', WIDE],
      ['tall', TALL],
    ] as const) {
      const v = withText(file, o, TEXT);
      expect(
        v.countries.features.map((f) => [f.properties.key, f.properties.name, f.properties.part]),
      ).toEqual([
        ['BE', 'Belgique', 'main'],
        ['250', '', 'main'],
        ['US', 'États-Unis', 'inset'],
      ]);
      near(
        v.countries.features.map((f) => f.geometry.coordinates),
        [
          WIDE.countries.features[0]!.geometry.coordinates,
          WIDE.countries.features[1]!.geometry.coordinates,
          data.countries.features[2]!.geometry.coordinates,
        ],
      );
      expect(v.borders.features.map((f) => f.properties?.part)).toEqual(['main', 'inset']);
      near(
        v.borders.features.map((f) => f.geometry.coordinates),
        [WIDE.borders.features[0]!.geometry.coordinates, data.borders.features[1]!.geometry.coordinates],
      );
      expect(v.labels.features[0]!.properties.name).toBe('Belgique');
      expect(v.labels.features[0]!.properties.role).toBe('servers');
      near(v.labels.features[0]!.geometry.coordinates, data.labels.features[0]!.geometry.coordinates);
      near(v.leaders.features[0]!.geometry.coordinates, data.leaders.features[0]!.geometry.coordinates);
      near(v.spokes.features[0]!.geometry.coordinates, data.spokes.features[0]!.geometry.coordinates);
      expect(v.spokes.features[0]!.properties).toEqual({ key: 'US', schematic: true });
      expect(v.hub.features[0]!.properties.name).toBe('Europol (NL)');
      expect(v.hubLabel.features[0]!.properties).toEqual({
        key: 'hub',
        anchor: 'bottom',
        offset: [0, -1],
        name: 'Europol (NL)',
      });
      expect(v.context.features[0]!.properties).toEqual({ key: 'ES', name: 'Espagne' });
      expect(v.insetFrame.features.map((f) => f.properties)).toEqual([{}, { title: 'Amérique du Nord' }]);
      near(v.insetFrame.features[0]!.geometry.coordinates, data.insetFrame.features[0]!.geometry.coordinates);
      expect(v.bounds).toEqual(data.bounds);
      expect(v.layout).toEqual({ frame: data.layout.frame });
    }
  });

  test('every layer is a GeoJSON FeatureCollection of Features; a missing geometry stays missing', () => {
    const v = withText(file, 'tall', TEXT);
    for (const layer of [
      v.countries,
      v.borders,
      v.labels,
      v.leaders,
      v.spokes,
      v.hub,
      v.hubLabel,
      v.context,
      v.insetFrame,
    ]) {
      expect(layer.type).toBe('FeatureCollection');
      for (const f of layer.features) expect(f.type).toBe('Feature');
    }
    const bare = toMapDataFile(
      { ...WIDE, leaders: fc([{ type: 'Feature', properties: { key: 'BE' }, geometry: null as never }]) },
      TALL,
    );
    expect(withText(bare, 'wide', TEXT).leaders.features[0]!.geometry).toBeNull();
  });

  test("a key the text does not name gets an empty name, and the inset title only goes to the frame's title point", () => {
    const v = withText(file, 'wide', { names: {}, insetTitle: 'T' });
    expect(v.labels.features[0]!.properties.name).toBe('');
    expect(v.insetFrame.features[0]!.properties).toEqual({});
    expect(v.insetFrame.features[1]!.properties).toEqual({ title: 'T' });
  });
});

describe('mapTextOf', () => {
  test("every named country's name and the hub's, by key, and the inset title", () => {
    const t = mapTextOf(OPERATION, 'Inset');
    expect(t.insetTitle).toBe('Inset');
    expect(t.names.hub).toBe(OPERATION.hub.name);
    for (const p of OPERATION.participants) expect(t.names[p.alpha2]).toBe(p.name);
    expect(Object.keys(t.names).length).toBeGreaterThanOrEqual(OPERATION.participants.length + 1);
  });
});
