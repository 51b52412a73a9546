/**
 * buildMapData on a hand-made world (mini-world.ts), every operation in both
 * orientations: the behaviour the world-atlas tests check (build-map-data,
 * operation-maps, build-map-data-edges), in milliseconds, so Stryker can run
 * it for every mutant of src/geo. Each map is built inside its test, while
 * Stryker's mutant is active. The last test pins the whole output.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { OPERATIONS, operationBySlug } from '../../../src/data/registry.ts';
import { buildMapData, INSET_NOTE, INSET_TITLE, type MapData } from '../../../src/geo/build-map-data.ts';
import { anchorFor, boxesOverlap, HUB_LABEL_SIZE } from '../../../src/geo/label-placement.ts';
import type { BBox } from '../../../src/geo/mercator.ts';
import { MINI_COUNTRIES, miniFine, miniWorld } from './mini-world.ts';

const topo = miniWorld();
const june = operationBySlug('2017-06')!;
const august = operationBySlug('2016-08')!;
const october = operationBySlug('2018-10-telegram')!;
const ORIENTATIONS = ['wide', 'tall'] as const;
const inside = ([w, s, e, n]: BBox, [x, y]: readonly number[]) => x! >= w && x! <= e && y! >= s && y! <= n;
const keysOf = (d: MapData, part?: 'main' | 'inset') =>
  d.countries.features.filter((f) => !part || f.properties.part === part).map((f) => f.properties.key);
/** The hub dot's radius with its halo (src/map/build-style.ts, src/static/build-static-svg.ts). */
const HUB_HALO = 9;

// Pinned output (`npx vitest run -u` accepts a change): each collection's feature count and digest, every operation in
// both orientations. First in the file: it fails for most mutants, and Stryker's run stops at the first failure.
test('matches its pinned snapshot', async () => {
  const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
  const summary = (d: MapData) =>
    Object.fromEntries(
      Object.entries(d).map(([k, v]) => [
        k,
        v && typeof v === 'object' && 'features' in v
          ? { features: (v as { features: unknown[] }).features.length, sha256: digest(v) }
          : digest(v instanceof Set ? [...v] : v),
      ]),
    );
  const all: Record<string, unknown> = {};
  for (const op of OPERATIONS)
    for (const orientation of ORIENTATIONS)
      all[`${op.slug} ${orientation}`] = summary(buildMapData(topo, op, orientation));
  await expect(`${JSON.stringify(all, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/mini-map-data.json');
});

describe('countries', () => {
  test('participants keyed by alpha-2 with their first role; unnamed land by its id, without a role', () => {
    const d = buildMapData(topo, OPERATION, 'wide');
    const main = d.countries.features.filter((f) => f.properties.part === 'main');
    expect(main.find((f) => f.properties.key === 'BE')!.properties).toEqual({
      key: 'BE',
      name: 'Belgium',
      role: 'lead',
      alpha2: 'BE',
      part: 'main',
    });
    expect(main.find((f) => f.properties.key === '724')!.properties).toEqual({
      key: '724',
      name: 'Spain',
      role: null,
      alpha2: null,
      part: 'main',
    });
    // A feature without an id is keyed by its name.
    expect(keysOf(d)).toContain('X-n-cyprus');
    // Spain is a participant of June 2017: there it has its code and its role.
    const es = buildMapData(topo, june, 'wide').countries.features.find((f) => f.properties.key === 'ES')!;
    expect(es.properties).toMatchObject({ alpha2: 'ES', role: 'lead', name: 'Spain' });
  });

  test('North American participants are drawn in the inset; the real ones stay grey on the world map', () => {
    for (const orientation of ORIENTATIONS) {
      const d = buildMapData(topo, OPERATION, orientation);
      expect(keysOf(d, 'inset').filter((k) => k === 'CA' || k === 'US')).toEqual(['CA', 'US']);
      expect(keysOf(d, 'main')).toEqual(expect.arrayContaining(['r124', 'r840']));
      expect(keysOf(d, 'main')).not.toContain('CA');
      const real = d.countries.features.find((f) => f.properties.key === 'r840')!;
      expect(real.properties).toEqual({
        key: 'r840',
        name: 'United States of America',
        role: null,
        alpha2: null,
        part: 'main',
      });
      // Unnamed land in the inset's window (Mexico) is drawn there too, keyed apart.
      expect(keysOf(d, 'inset')).toContain('i484');
      expect(d.countries.features.find((f) => f.properties.key === 'i484')!.properties.role).toBeNull();
    }
  });

  test('an all-European operation has no inset: every country once, on the world map', () => {
    const d = buildMapData(topo, october, 'wide');
    expect(d.layout.inset).toBeNull();
    expect(keysOf(d, 'inset')).toEqual([]);
    expect(d.insetFrame.features).toEqual([]);
    expect(d.borders.features[1]!.geometry.coordinates).toEqual([]);
    expect(keysOf(d)).toEqual(expect.arrayContaining(['DE', 'IT', '124', '840']));
  });

  test('rings never jump more than 180° (the antimeridian is unwrapped)', () => {
    const d = buildMapData(topo, OPERATION, 'wide');
    for (const f of d.countries.features)
      for (const poly of f.geometry.coordinates)
        for (const ring of poly)
          for (let i = 1; i < ring.length; i++)
            expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), f.properties.key).toBeLessThan(180);
  });
});

describe('the inset', () => {
  test('west of Europe when wide, below it when tall, never over it; framed and titled', () => {
    const d = buildMapData(topo, OPERATION, 'wide');
    const wide = d.layout;
    const tall = buildMapData(topo, OPERATION, 'tall').layout;
    expect(wide.inset!.target[2]).toBeLessThan(wide.europe[0]);
    expect(tall.inset!.target[3]).toBeLessThan(tall.europe[1]);
    const [w, s, e, n] = d.layout.inset!.target;
    expect(d.insetFrame.features.map((f) => f.geometry)).toEqual([
      {
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
      { type: 'Point', coordinates: [expect.closeTo(w, 4), expect.closeTo(s, 4)] },
    ]);
    expect(d.insetFrame.features[1]!.properties).toEqual({ title: `${INSET_TITLE}\n${INSET_NOTE}` });
    expect(d.borders.features.map((f) => f.properties)).toEqual([{ part: 'main' }, { part: 'inset' }]);
    expect(d.borders.features[1]!.geometry.coordinates.length).toBeGreaterThan(0);
  });

  test('the US alone is fitted to its lower 48 states; with Canada it takes Alaska, not Hawaii', () => {
    const alone = buildMapData(topo, june, 'wide').layout.inset!.source;
    expect(alone[0]).toBeGreaterThan(-130);
    expect(alone[1]).toBeGreaterThan(20);
    expect(alone[3]).toBeLessThan(55);
    const both = buildMapData(topo, OPERATION, 'wide').layout.inset!.source;
    expect(both[0]).toBeLessThan(-165);
    expect(both[1]).toBeGreaterThan(19);
  });
});

describe('labels, spokes and the hub', () => {
  test('one label per participant, inside the frame, France on its mainland; leaders start at the country', () => {
    for (const op of [OPERATION, june, october])
      for (const orientation of ORIENTATIONS) {
        const d = buildMapData(topo, op, orientation);
        expect(d.labels.features.map((f) => f.properties.key).sort()).toEqual(
          op.participants.map((p) => p.alpha2).sort(),
        );
        for (const l of d.labels.features) {
          const p = op.participants.find((x) => x.alpha2 === l.properties.key)!;
          expect(l.properties).toMatchObject({
            name: p.name,
            role: p.roles[0],
            anchor: 'center',
            offset: [0, 0],
          });
          const framed =
            d.layout.inset && ['CA', 'US'].includes(p.alpha2) ? d.layout.inset.target : d.layout.frame;
          expect(inside(framed, l.properties.at), `${op.slug} ${orientation} ${p.alpha2}`).toBe(true);
        }
        for (const leader of d.leaders.features) {
          const label = d.labels.features.find((l) => l.properties.key === leader.properties.key)!;
          expect(label.geometry.coordinates).not.toEqual(label.properties.at);
        }
      }
    const fr = buildMapData(topo, OPERATION, 'wide').labels.features.find((f) => f.properties.key === 'FR')!;
    expect(fr.properties.at[0]).toBeGreaterThan(-5);
    expect(fr.properties.at[1]).toBeGreaterThan(42);
  });

  test('one spoke from the hub to each participant but the Netherlands; schematic into the inset', () => {
    const d = buildMapData(topo, OPERATION, 'wide');
    expect(d.spokes.features.map((f) => [f.properties.key, f.properties.schematic])).toEqual([
      ['FR', false],
      ['BE', false],
      ['GB', false],
      ['RO', false],
      ['BG', false],
      ['CA', true],
      ['US', true],
    ]);
    for (const s of d.spokes.features) {
      const [x, y] = s.geometry.coordinates[0]!;
      expect(x).toBeCloseTo(OPERATION.hub.lngLat[0], 3);
      expect(y).toBeCloseTo(OPERATION.hub.lngLat[1], 3);
    }
  });

  test('no two labels overlap, nor the hub label; the hub label is at the hub, anchored away from the dot, an em offset clear of it, not under the buttons', () => {
    for (const op of OPERATIONS)
      for (const orientation of ORIENTATIONS) {
        const d = buildMapData(topo, op, orientation);
        const { placement } = d;
        const boxes = [
          ...placement.labels.map((l) => ({ key: l.key, box: l.box })),
          { key: 'hub', box: placement.hub.box },
        ];
        for (const a of boxes)
          for (const b of boxes)
            if (a.key < b.key)
              expect(boxesOverlap(a.box, b.box), `${op.slug} ${a.key} × ${b.key}`).toBe(false);
        const f = d.hubLabel.features[0]!;
        expect(f.geometry.coordinates).toEqual([...op.hub.lngLat]);
        expect(f.properties.key).toBe('hub');
        expect(f.properties.name).toBe(op.hub.name);
        const { anchor, offset } = f.properties;
        expect(anchor).not.toBe('center');
        expect(anchor).toBe(d.placement.hubAnchor.anchor);
        const [dx, dy] = offset.map((v) => v * HUB_LABEL_SIZE);
        expect(Math.max(Math.abs(dx!), Math.abs(dy!))).toBeGreaterThan(HUB_HALO);
        expect(anchorFor([Math.sign(dx!), Math.sign(dy!)])).toBe(anchor);
        const { width } = d.placement.size;
        expect(boxesOverlap(d.placement.hub.box, [width - 44, 0, width, 112])).toBe(false);
        expect(d.hub.features[0]!.properties).toMatchObject({ key: 'hub', anchor: 'center', offset: [0, 0] });
        expect(d.hub.features[0]!.geometry.coordinates).toEqual([...op.hub.lngLat]);
      }
  });

  test('bounds: each participant’s main part, and a small box round the hub', () => {
    const d = buildMapData(topo, OPERATION, 'wide');
    expect(Object.keys(d.bounds).sort()).toEqual(['BE', 'BG', 'CA', 'FR', 'GB', 'NL', 'RO', 'US', 'hub']);
    expect(d.bounds.BE).toEqual([2.6, 49.4, 6.3, 51.4].map((v) => expect.closeTo(v, 2)));
    // France's bounds are its mainland's, not French Guiana's.
    expect(d.bounds.FR![0]).toBeCloseTo(-4.5, 2);
    const [hx, hy] = OPERATION.hub.lngLat;
    expect(d.bounds.hub).toEqual([hx - 0.5, hy - 0.3, hx + 0.5, hy + 0.3]);
    expect(d.ids).toEqual(
      new Set([
        '250',
        '056',
        '528',
        '276',
        '826',
        '724',
        '380',
        '642',
        '100',
        '124',
        '840',
        '484',
        '643',
        'X-n-cyprus',
      ]),
    );
  });
});

describe('an operation that names no country', () => {
  test('is framed on its hub, 28° by 16° around it at least, with no labels, spokes or inset', () => {
    const [hx, hy] = august.hub.lngLat;
    for (const orientation of ORIENTATIONS) {
      const d = buildMapData(topo, august, orientation);
      const [w, s, e, n] = d.layout.frame;
      expect(w).toBeLessThanOrEqual(hx - 14);
      expect(e).toBeGreaterThanOrEqual(hx + 14);
      expect(s).toBeLessThanOrEqual(hy - 8);
      expect(n).toBeGreaterThanOrEqual(hy + 8);
      expect(e - w).toBeLessThan(80);
      expect(d.layout.inset).toBeNull();
      expect(d.labels.features).toEqual([]);
      expect(d.spokes.features).toEqual([]);
    }
  });
});

describe('fine outlines', () => {
  const only = (ids: string[]) => MINI_COUNTRIES.filter((f) => ids.includes(String(f.id)));
  // The fine file's Belgium is a different shape; Luxembourg is only in the fine file.
  const fineBE = {
    ...only(['056'])[0]!,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [2.5, 49.6],
          [6.4, 49.6],
          [6.4, 51.5],
          [2.5, 51.5],
          [2.5, 49.6],
        ],
      ],
    },
  };
  const LU = {
    type: 'Feature',
    id: '442',
    properties: { name: 'Luxembourg' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [5.7, 49.4],
          [6.5, 49.4],
          [6.5, 50.2],
          [5.7, 50.2],
          [5.7, 49.4],
        ],
      ],
    },
  } as (typeof MINI_COUNTRIES)[number];
  const WINDOW = [-12, 34, 32, 62];
  const mainOf = (d: MapData, key: string) =>
    d.countries.features
      .filter((f) => f.properties.key === key && f.properties.part === 'main')
      .flatMap((f) => f.geometry.coordinates);

  test('replace the parts inside the window, keep those outside (French Guiana), add the countries only they have', () => {
    // The fine France shares its north edge with the fine Belgium (at 49.6°; the coarse pair at 49.4°).
    const fineFR = {
      ...only(['250'])[0]!,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-4.4, 42.6],
            [7.4, 42.6],
            [7.4, 49.6],
            [6.4, 49.6],
            [2.5, 49.6],
            [-4.4, 49.6],
            [-4.4, 42.6],
          ],
        ],
      },
    };
    const plain = buildMapData(topo, OPERATION, 'wide');
    const merged = buildMapData(
      topo,
      OPERATION,
      'wide',
      miniFine([fineFR, fineBE, LU] as typeof MINI_COUNTRIES, WINDOW),
    );
    // France: the fine mainland, then the coarse French Guiana (outside the window).
    const west = (polys: number[][][][]) =>
      polys.map((p) => Math.round(Math.min(...p[0]!.map((c) => c[0]!)) * 10) / 10);
    const south = (polys: number[][][][]) =>
      polys.map((p) => Math.round(Math.min(...p[0]!.map((c) => c[1]!)) * 10) / 10);
    expect(west(mainOf(merged, 'FR'))).toEqual([-4.4, -54]);
    expect(mainOf(plain, 'FR')).toHaveLength(2);
    expect(south(mainOf(merged, 'BE'))).toEqual([49.6]);
    expect(south(mainOf(plain, 'BE'))).toEqual([49.4]);
    expect(plain.ids.has('442')).toBe(false);
    expect(merged.ids.has('442')).toBe(true);
    expect(keysOf(merged)).toContain('442');
    expect(merged.ids.size).toBe(plain.ids.size + 1);
    // The border between two fine countries comes from the fine file only; the others from the coarse one.
    const lats = (d: MapData) =>
      d.borders.features[0]!.geometry.coordinates.map((l) => Math.round(l[0]![1]! * 10) / 10).sort();
    expect(lats(plain)).toEqual([49, 49.4]);
    expect(lats(merged)).toEqual([49, 49.6]);
  });

  test('a fine file without a window, or with a short one, is not used', () => {
    const plain = buildMapData(topo, OPERATION, 'wide');
    for (const window of [undefined, [0, 0, 1]]) {
      const d = buildMapData(
        topo,
        OPERATION,
        'wide',
        miniFine([fineBE, LU] as typeof MINI_COUNTRIES, window),
      );
      expect(d.ids).toEqual(plain.ids);
      expect(mainOf(d, 'BE')).toEqual(mainOf(plain, 'BE'));
    }
  });
});
