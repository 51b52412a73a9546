import { describe, expect, test } from 'vitest';
import { OPERATION, TOUR } from '../../../src/data/operation.ts';
import { OPERATIONS, operationBySlug } from '../../../src/data/registry.ts';
import type { NamedKey, Operation, Role } from '../../../src/data/types.ts';
import {
  createReducer,
  initialState,
  OVERVIEW,
  type Action,
  type State,
} from '../../../src/state/reducer.ts';
import {
  allPlaces,
  currentStrike,
  fillRole,
  isDimmed,
  legendEntries,
  listItems,
  pickableKeys,
  placeView,
  placeViews,
  rolesOf,
  rolesText,
  strikePlaces,
} from '../../../src/state/selectors.ts';
import {
  announcement,
  cameraTarget,
  describeSelection,
  describeStrike,
  panelModel,
  strikeLead,
  tableModel,
} from '../../../src/state/selectors-story.ts';

const op = OPERATION;
const june = operationBySlug('2017-06')!;
const august = operationBySlug('2016-08')!;
const runOn = (o: Operation, ...actions: Action[]): State =>
  actions.reduce(createReducer(o), initialState(OVERVIEW, null, o.strike.id));
const run = (...actions: Action[]): State => runOn(op, ...actions);
/** What each operation names, with roles: its participants in data order, then the hub. */
const named = (o: Operation): [NamedKey, Role[]][] => [
  ...o.participants.map((p): [NamedKey, Role[]] => [p.alpha2, [...p.roles]]),
  ['hub', ['hub']],
];
const APRIL: [NamedKey, Role[]][] = [
  ['BE', ['lead']],
  ['BG', ['evidence']],
  ['CA', ['servers']],
  ['FR', ['evidence']],
  ['NL', ['servers']],
  ['RO', ['evidence']],
  ['GB', ['registrars']],
  ['US', ['servers']],
  ['hub', ['hub']],
];

describe('roles per place, operation by operation', () => {
  test('April 2018 names its eight participants and the hub', () => expect(named(op)).toEqual(APRIL));
  for (const o of OPERATIONS) {
    test(`${o.slug}: its places, in data order, with their roles`, () => {
      const id = o.strike.id;
      const want = named(o);
      expect(strikePlaces(o, id).map((p) => [p.key, [...p.roles]])).toEqual(want);
      expect(pickableKeys(o, { strike: id })).toEqual(want.map(([k]) => k));
      expect(allPlaces(o, id).map((p) => [p.key, [...p.roles]])).toEqual(want);
      for (const [key, roles] of want) expect([...rolesOf(o, id, key)], `${o.slug} ${key}`).toEqual(roles);
    });
  }
  test('names come from the data; unnamed land and nothing have no roles', () => {
    expect(allPlaces(june, '2017-06').find((p) => p.key === 'ES')!.name).toBe('Spain');
    expect(allPlaces(op, '2018-04').find((p) => p.key === 'ES')).toBeUndefined();
    expect(rolesOf(op, '2018-04', null)).toEqual([]);
    expect(rolesOf(op, '2018-04', 'DE')).toEqual([]);
  });
  test('fillRole is the first role or null; rolesText joins the operation’s labels', () => {
    expect(fillRole(['servers', 'lead'])).toBe('servers');
    expect(fillRole([])).toBeNull();
    expect(rolesText(june, ['lead', 'support'])).toBe('Lead, Support');
    expect(rolesText(op, ['evidence', 'hub'])).toBe('Digital evidence seized, Coordination hub');
    expect(rolesText(op, [])).toBeNull();
  });
});

describe('lit and dim per place: filter × operation × step', () => {
  test('isDimmed: only a place that holds other roles is dimmed by a filter', () => {
    expect(isDimmed(['lead'], null)).toBe(false);
    expect(isDimmed(['lead'], 'lead')).toBe(false);
    expect(isDimmed(['lead'], 'servers')).toBe(true);
    expect(isDimmed(['servers', 'lead'], 'lead')).toBe(false);
    expect(isDimmed([], 'lead')).toBe(false);
    expect(isDimmed([], null)).toBe(false);
  });

  for (const o of OPERATIONS) {
    for (const filter of [null, ...o.roles.map((r) => r.role)]) {
      test(`${o.slug} × filter ${filter}`, () => {
        const views = placeViews(o, runOn(o, { type: 'filter', role: filter }));
        const want = named(o);
        expect([...views.keys()]).toEqual(want.map(([k]) => k));
        for (const [key, roles] of want)
          expect(views.get(key), `${key}`).toEqual({
            key,
            role: roles[0] ?? null,
            selected: false,
            hover: false,
            dim: filter !== null && !roles.includes(filter),
            quiet: false,
            patterned: true,
          });
      });
    }
  }

  test('June 2017 + Lead: Spain lit; the US and the hub dimmed', () => {
    const v = placeViews(june, runOn(june, { type: 'filter', role: 'lead' }));
    expect(v.get('ES')).toMatchObject({ role: 'lead', dim: false, quiet: false });
    expect(v.get('US')).toMatchObject({ role: 'support', dim: true, quiet: false });
    expect(v.get('hub')).toMatchObject({ role: 'hub', dim: true });
    expect(v.has('BE')).toBe(false);
  });

  test('selection and hover mark exactly one place each', () => {
    const s = run(
      { type: 'select', selection: { kind: 'country', code: 'FR' } },
      { type: 'hover', key: 'hub' },
    );
    const v = placeViews(op, s);
    expect([...v.values()].filter((x) => x.selected).map((x) => x.key)).toEqual(['FR']);
    expect([...v.values()].filter((x) => x.hover).map((x) => x.key)).toEqual(['hub']);
    expect(placeView(op, s, 'FR')).toMatchObject({ selected: true, hover: false, role: 'evidence' });
    expect(placeView(op, run(), 'FR').selected).toBe(false);
  });

  TOUR.forEach((step, i) => {
    test(`tour step ${i + 1} (${step.title}): the step's filter decides what is lit`, () => {
      const s = run({ type: 'step', step: i + 1 });
      expect(s.strike).toBe('2018-04');
      const lit = APRIL.filter(([k]) => {
        const v = placeView(op, s, k);
        return !v.dim && !v.quiet;
      }).map(([k]) => k);
      const want = APRIL.filter(([, roles]) => step.filter === null || roles.includes(step.filter)).map(
        ([k]) => k,
      );
      expect(lit).toEqual(want);
    });
  });

  test('tour steps light what they say: Belgium alone leads; evidence is France, Romania and Bulgaria', () => {
    const lit = (n: number) =>
      APRIL.map(([k]) => k).filter((k) => {
        const v = placeView(op, run({ type: 'step', step: n }), k);
        return !v.dim && !v.quiet;
      });
    expect(lit(2)).toEqual(['BE']);
    expect(lit(3)).toEqual(['BG', 'FR', 'RO']);
    expect(lit(4)).toEqual(['CA', 'NL', 'US']);
    expect(lit(5)).toEqual(['GB']);
  });
});

describe('legend', () => {
  const counts = (o: Operation) =>
    Object.fromEntries(
      legendEntries(o, { strike: o.strike.id, roleFilter: null }).map((e) => [
        e.role,
        [e.n, e.count, e.label],
      ]),
    );
  test('April 2018 counts the participants by its own roles, in its order', () => {
    expect(counts(op)).toEqual({
      lead: [1, '1 country', 'Lead'],
      evidence: [3, '3 countries', 'Digital evidence seized'],
      servers: [3, '3 countries', 'Servers seized'],
      registrars: [1, '1 country', 'Registrars identified'],
      hub: [1, 'The Hague', 'Coordination hub'],
    });
  });
  test('each operation shows only the roles it names, with its labels', () => {
    expect(counts(june)).toEqual({
      lead: [1, '1 country', 'Lead'],
      support: [1, '1 country', 'Support'],
      hub: [1, 'The Hague', 'Europol (support)'],
    });
    expect(Object.keys(counts(august))).toEqual(['hub']);
    expect(counts(operationBySlug('2018-10-telegram')!).referral).toEqual([
      6,
      '6 countries',
      'National referral unit',
    ]);
  });
  test('pressed follows the filter, in role order', () => {
    const e = legendEntries(june, { strike: '2017-06', roleFilter: 'lead' });
    expect(e.map((x) => x.role)).toEqual(['lead', 'support', 'hub']);
    expect(e.filter((x) => x.pressed).map((x) => x.role)).toEqual(['lead']);
    expect(legendEntries(june, { strike: '2017-06', roleFilter: null }).some((x) => x.pressed)).toBe(false);
  });
});

describe('participant list', () => {
  test('tells the operation: its countries, then the hub', () => {
    expect(listItems(op, run()).map((i) => i.key)).toEqual(APRIL.map(([k]) => k));
    expect(listItems(june, runOn(june)).map((i) => [i.key, i.name, i.role])).toEqual([
      ['ES', 'Spain', 'lead'],
      ['US', 'United States', 'support'],
      ['hub', 'The Hague', 'hub'],
    ]);
    expect(listItems(august, runOn(august)).map((i) => i.key)).toEqual(['hub']);
  });
  test('pressed, hover and dim come from the state', () => {
    const s = runOn(
      june,
      { type: 'filter', role: 'lead' },
      { type: 'select', selection: { kind: 'hub' } },
      { type: 'hover', key: 'US' },
    );
    expect(listItems(june, s).map((i) => [i.key, i.pressed, i.hover, i.dim])).toEqual([
      ['ES', false, false, false],
      ['US', false, true, true],
      ['hub', true, false, true],
    ]);
  });
});

describe('panel', () => {
  test('the overview tells the page’s own operation', () => {
    for (const o of OPERATIONS) {
      const m = panelModel(o, runOn(o));
      expect(m).toMatchObject({ kind: 'overview', isDefault: true, strike: { id: o.strike.id } });
      if (m?.kind === 'overview')
        expect(m.countries.map((c) => c.key)).toEqual(o.participants.map((p) => p.alpha2));
    }
  });
  test('a country is its participant entry', () => {
    expect(panelModel(op, run({ type: 'select', selection: { kind: 'country', code: 'BE' } }))).toMatchObject(
      {
        roles: ['lead'],
        isDefault: true,
        participant: { alpha2: 'BE' },
      },
    );
    expect(
      panelModel(june, runOn(june, { type: 'select', selection: { kind: 'country', code: 'ES' } })),
    ).toMatchObject({ kind: 'country', name: 'Spain', roles: ['lead'], participant: { alpha2: 'ES' } });
  });
  test('a country the operation does not name cannot be selected', () => {
    expect(run({ type: 'select', selection: { kind: 'country', code: 'ES' } }).selection).toEqual(OVERVIEW);
  });
  test('the hub and the outlets', () => {
    expect(panelModel(op, run({ type: 'select', selection: { kind: 'hub' } }))).toMatchObject({
      kind: 'hub',
      isDefault: true,
    });
    expect(panelModel(op, run({ type: 'select', selection: { kind: 'outlets' } }))).toEqual({
      kind: 'outlets',
    });
  });
  test('who led, by operation', () => {
    expect(strikeLead(op, { strike: '2018-04' })).toBe('Belgium');
    expect(strikeLead(june, { strike: '2017-06' })).toBe('Spain');
    expect(strikeLead(august, { strike: '2016-08' })).toBeNull();
    expect(strikeLead(operationBySlug('2019-11-telegram')!, { strike: '2019-11' })).toBe('Belgium');
    expect(currentStrike(june, { strike: '2017-06' })!.label).toBe('June 2017');
    expect(currentStrike(june, { strike: '2018-04' })).toBeUndefined();
  });
});

describe('table', () => {
  test('April 2018: the eight participants and the hub', () => {
    const t = tableModel(op, { strike: '2018-04' });
    expect(t.caption).toBe('Participants and their roles, with sources');
    expect(t.rows.map((r) => r.key)).toEqual(APRIL.map(([k]) => k));
    expect(t.rows[0]).toMatchObject({
      name: 'Belgium',
      roles: 'Lead',
      authority: 'Belgian Federal Prosecutor’s Office',
    });
    expect(t.rows.find((r) => r.key === 'FR')!.authority).toMatch(/^Not named: /);
    const be = op.participants[0]!;
    expect(t.rows[0]!.facts).toEqual(
      [...be.actions, ...be.caveats].map((f) => `${f.unconfirmed ? 'Unconfirmed: ' : ''}${f.text}`),
    );
    expect(
      t.rows.at(-1)!.facts.some((f) => f.startsWith('Research note: ') || f.startsWith('Unconfirmed: ')),
    ).toBe(true);
    for (const r of t.rows) {
      expect(r.cite.length, r.key).toBeGreaterThan(0);
      expect(new Set(r.cite.map((c) => `${c.source}${c.paragraph ?? ''}`)).size, r.key).toBe(r.cite.length);
    }
  });
  test('June 2017: Spain (Guardia Civil) leads, the US supports, with their sources', () => {
    const t = tableModel(june, { strike: '2017-06' });
    expect(t.rows.map((r) => [r.key, r.roles, r.authority])).toEqual([
      ['ES', 'Lead', 'Guardia Civil'],
      ['US', 'Support', expect.stringMatching(/^Not named: /)],
      ['hub', 'Europol (support)', 'Europol'],
    ]);
    expect(t.rows[1]!.cite).toEqual([{ source: 'europol' }]);
  });
  test('an operation that names no country: the hub alone', () => {
    expect(tableModel(august, { strike: '2016-08' }).rows.map((r) => r.key)).toEqual(['hub']);
  });
});

describe('announcer', () => {
  test('selections are told with their roles', () => {
    expect(describeSelection(op, { strike: '2018-04' }, 'GB')).toBe(
      'Selected United Kingdom: Registrars identified.',
    );
    expect(describeSelection(op, { strike: '2018-04' }, 'hub')).toBe('Selected The Hague: Coordination hub.');
    expect(describeSelection(june, { strike: '2017-06' }, 'ES')).toBe('Selected Spain: Lead.');
    expect(describeSelection(op, { strike: '2018-04' }, null)).toBe('Showing the overview.');
  });
  test('an operation is told with the countries it names', () => {
    expect(describeStrike(june, { strike: '2017-06' })).toBe(
      'Showing June 2017: Spain, lead; United States, support.',
    );
    expect(describeStrike(august, { strike: '2016-08' })).toBe(
      'Showing August 2016: no source names a country.',
    );
  });
  test('announcement: nothing when neither changes; a selection, then back to the overview', () => {
    const a = run();
    expect(announcement(op, a, a)).toBeNull();
    expect(announcement(op, run({ type: 'filter', role: 'lead' }), a)).toBeNull();
    const be = reducer(a, { type: 'select', selection: { kind: 'country', code: 'BE' } });
    expect(announcement(op, be, a)).toBe('Selected Belgium: Lead.');
    expect(announcement(op, reducer(be, { type: 'select', selection: OVERVIEW }), be)).toBe(
      'Showing the overview.',
    );
  });
});

describe('camera', () => {
  test('a tour step frames its places; a selection its place; else the whole view', () => {
    expect(cameraTarget(op, run({ type: 'step', step: 1 }))).toEqual({ kind: 'frame', keys: TOUR[0]!.frame });
    expect(cameraTarget(op, run({ type: 'select', selection: { kind: 'hub' } }))).toEqual({
      kind: 'place',
      key: 'hub',
    });
    expect(
      cameraTarget(june, runOn(june, { type: 'select', selection: { kind: 'country', code: 'ES' } })),
    ).toEqual({ kind: 'place', key: 'ES' });
    expect(cameraTarget(op, run())).toEqual({ kind: 'overview' });
    expect(cameraTarget(op, run({ type: 'select', selection: { kind: 'outlets' } }))).toEqual({
      kind: 'overview',
    });
  });
});

const reducer = createReducer(op);
