import { describe, expect, test } from 'vitest';
import { OPERATION, TOUR } from '../../../src/data/operation.ts';
import { ROLES, STRIKE_IDS, type NamedKey, type Role, type StrikeId } from '../../../src/data/types.ts';
import { initialState, OVERVIEW, type Action, type State } from '../../../src/state/reducer.ts';
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
import { reducer } from '../../fixtures/app.ts';

const op = OPERATION;
const run = (...actions: Action[]): State => actions.reduce(reducer, initialState());
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
/** What each strike names, and their roles (the hub stands for Europol in every strike). */
const NAMED: Record<StrikeId, [NamedKey, Role[]][]> = {
  '2015-12': [['hub', ['hub']]],
  '2016-08': [['hub', ['hub']]],
  '2017-06': [
    ['ES', ['lead']],
    ['US', ['support']],
    ['hub', ['hub']],
  ],
  '2018-04': APRIL,
};
const ALL_KEYS: NamedKey[] = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'ES', 'hub'];

describe('roles per place for the chosen strike', () => {
  for (const id of STRIKE_IDS) {
    test(`${id}: the strike's places, in data order, with their roles`, () => {
      expect(strikePlaces(op, id).map((p) => [p.key, [...p.roles]])).toEqual(NAMED[id]);
      expect(pickableKeys(op, { strike: id })).toEqual(NAMED[id].map(([k]) => k));
      const named = new Map(NAMED[id]);
      expect(allPlaces(op, id).map((p) => p.key)).toEqual(ALL_KEYS);
      for (const p of allPlaces(op, id))
        expect([...p.roles], `${id} ${p.key}`).toEqual(named.get(p.key) ?? []);
      for (const key of ALL_KEYS)
        expect([...rolesOf(op, id, key)], `${id} ${key}`).toEqual(named.get(key) ?? []);
    });
  }
  test('names come from the data; unnamed land and nothing have no roles', () => {
    expect(allPlaces(op, '2018-04').find((p) => p.key === 'ES')!.name).toBe('Spain');
    expect(allPlaces(op, '2017-06').find((p) => p.key === 'hub')!.name).toBe('The Hague');
    expect(rolesOf(op, '2018-04', null)).toEqual([]);
    expect(rolesOf(op, '2018-04', 'DE' as NamedKey)).toEqual([]);
  });
  test('fillRole is the first role or null; rolesText joins labels', () => {
    expect(fillRole(['servers', 'lead'])).toBe('servers');
    expect(fillRole([])).toBeNull();
    expect(rolesText(['lead', 'support'])).toBe('Lead, Support');
    expect(rolesText([])).toBeNull();
  });
});

describe('lit and dim per place: filter × strike × step', () => {
  test('isDimmed: only a place that holds other roles is dimmed by a filter', () => {
    expect(isDimmed(['lead'], null)).toBe(false);
    expect(isDimmed(['lead'], 'lead')).toBe(false);
    expect(isDimmed(['lead'], 'servers')).toBe(true);
    expect(isDimmed(['servers', 'lead'], 'lead')).toBe(false);
    expect(isDimmed([], 'lead')).toBe(false);
    expect(isDimmed([], null)).toBe(false);
  });

  for (const id of STRIKE_IDS) {
    for (const filter of [null, ...ROLES]) {
      test(`${id} × filter ${filter}`, () => {
        const s = run({ type: 'strike', strike: id }, { type: 'filter', role: filter });
        const named = new Map(NAMED[id]);
        const views = placeViews(op, s);
        expect([...views.keys()]).toEqual(ALL_KEYS);
        for (const key of ALL_KEYS) {
          const roles = named.get(key) ?? [];
          expect(views.get(key), `${key}`).toEqual({
            key,
            role: roles[0] ?? null,
            selected: false,
            hover: false,
            dim: filter !== null && roles.length > 0 && !roles.includes(filter),
            quiet: roles.length === 0,
            patterned: id === '2018-04' && roles.length > 0,
          });
        }
      });
    }
  }

  test('June 2017 + Lead: Spain lit; the US and the hub dimmed; Belgium quiet and not coloured', () => {
    const s = run({ type: 'strike', strike: '2017-06' }, { type: 'filter', role: 'lead' });
    const v = placeViews(op, s);
    expect(v.get('ES')).toMatchObject({ role: 'lead', dim: false, quiet: false, patterned: false });
    expect(v.get('US')).toMatchObject({ role: 'support', dim: true, quiet: false });
    expect(v.get('hub')).toMatchObject({ role: 'hub', dim: true });
    expect(v.get('BE')).toMatchObject({ role: null, dim: false, quiet: true, patterned: false });
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
    test(`tour step ${i + 1} (${step.title}): the step's strike and filter decide what is lit`, () => {
      const s = run({ type: 'step', step: i + 1 });
      expect(s.strike).toBe(step.strike);
      const named = new Map(NAMED[step.strike]);
      const lit = ALL_KEYS.filter((k) => {
        const v = placeView(op, s, k);
        return !v.dim && !v.quiet;
      });
      const want = ALL_KEYS.filter(
        (k) =>
          (named.get(k) ?? []).length > 0 && (step.filter === null || named.get(k)!.includes(step.filter)),
      );
      expect(lit).toEqual(want);
    });
  });

  test('tour steps light what they say: Belgium alone leads; evidence is France, Romania and Bulgaria; June 2017 is Spain and the US', () => {
    const lit = (n: number) =>
      ALL_KEYS.filter((k) => {
        const v = placeView(op, run({ type: 'step', step: n }), k);
        return !v.dim && !v.quiet;
      });
    expect(lit(2)).toEqual(['BE']);
    expect(lit(3)).toEqual(['BG', 'FR', 'RO']);
    expect(lit(4)).toEqual(['CA', 'NL', 'US']);
    expect(lit(5)).toEqual(['GB']);
    expect(lit(6)).toEqual(['US', 'ES', 'hub']);
  });
});

describe('legend', () => {
  const counts = (id: StrikeId) =>
    Object.fromEntries(
      legendEntries(op, { strike: id, roleFilter: null }).map((e) => [e.role, [e.n, e.count]]),
    );
  test('April 2018 counts the participants by role', () => {
    expect(counts('2018-04')).toEqual({
      lead: [1, '1 country'],
      evidence: [3, '3 countries'],
      servers: [3, '3 countries'],
      registrars: [1, '1 country'],
      support: [0, '0 countries'],
      hub: [1, 'The Hague'],
    });
  });
  test('June 2017 has one lead (Spain) and one supporter; earlier strikes only the hub', () => {
    expect(counts('2017-06')).toMatchObject({
      lead: [1, '1 country'],
      support: [1, '1 country'],
      evidence: [0, '0 countries'],
      servers: [0, '0 countries'],
    });
    for (const id of ['2015-12', '2016-08'] as const) {
      expect(
        legendEntries(op, { strike: id, roleFilter: null })
          .filter((e) => e.n > 0)
          .map((e) => e.role),
      ).toEqual(['hub']);
    }
  });
  test('pressed follows the filter, in role order', () => {
    const e = legendEntries(op, { strike: '2017-06', roleFilter: 'lead' });
    expect(e.map((x) => x.role)).toEqual([...ROLES]);
    expect(e.filter((x) => x.pressed).map((x) => x.role)).toEqual(['lead']);
    expect(legendEntries(op, { strike: '2017-06', roleFilter: null }).some((x) => x.pressed)).toBe(false);
  });
});

describe('participant list', () => {
  test('tells the chosen strike: its countries, then the hub', () => {
    expect(listItems(op, run()).map((i) => i.key)).toEqual([
      'BE',
      'BG',
      'CA',
      'FR',
      'NL',
      'RO',
      'GB',
      'US',
      'hub',
    ]);
    expect(
      listItems(op, run({ type: 'strike', strike: '2017-06' })).map((i) => [i.key, i.name, i.role]),
    ).toEqual([
      ['ES', 'Spain', 'lead'],
      ['US', 'United States', 'support'],
      ['hub', 'The Hague', 'hub'],
    ]);
    expect(listItems(op, run({ type: 'strike', strike: '2016-08' })).map((i) => i.key)).toEqual(['hub']);
  });
  test('pressed, hover and dim come from the state', () => {
    const s = run(
      { type: 'strike', strike: '2017-06' },
      { type: 'filter', role: 'lead' },
      { type: 'select', selection: { kind: 'hub' } },
      { type: 'hover', key: 'US' },
    );
    expect(listItems(op, s).map((i) => [i.key, i.pressed, i.hover, i.dim])).toEqual([
      ['ES', false, false, false],
      ['US', false, true, true],
      ['hub', true, false, true],
    ]);
  });
});

describe('panel', () => {
  test('the overview tells the chosen strike', () => {
    for (const id of STRIKE_IDS) {
      const m = panelModel(op, run({ type: 'strike', strike: id }));
      expect(m).toMatchObject({ kind: 'overview', isDefault: id === '2018-04', strike: { id } });
      if (m?.kind === 'overview')
        expect(m.countries.map((c) => c.key)).toEqual(NAMED[id].map(([k]) => k).filter((k) => k !== 'hub'));
    }
  });
  test('a country in June 2017: Spain leads, the US supports and was an April participant, France is not named', () => {
    const june = (code: 'ES' | 'US' | 'FR') =>
      panelModel(
        op,
        run({ type: 'strike', strike: '2017-06' }, { type: 'select', selection: { kind: 'country', code } }),
      );
    expect(june('ES')).toMatchObject({
      kind: 'country',
      key: 'ES',
      name: 'Spain',
      roles: ['lead'],
      isDefault: false,
      strikeCountry: { alpha2: 'ES', role: 'lead' },
      participant: null,
    });
    expect(june('US')).toMatchObject({
      roles: ['support'],
      strikeCountry: { role: 'support' },
      participant: { alpha2: 'US' },
    });
    expect(june('FR')).toMatchObject({ roles: [], strikeCountry: null, participant: { alpha2: 'FR' } });
  });
  test('a country in April 2018 is its participant entry; Spain is named but not a participant', () => {
    expect(panelModel(op, run({ type: 'select', selection: { kind: 'country', code: 'BE' } }))).toMatchObject(
      { roles: ['lead'], isDefault: true, strikeCountry: null, participant: { alpha2: 'BE' } },
    );
    expect(panelModel(op, run({ type: 'select', selection: { kind: 'country', code: 'ES' } }))).toMatchObject(
      { roles: [], participant: null, strikeCountry: null },
    );
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
  test('who led, by strike', () => {
    expect(strikeLead(op, { strike: '2018-04' })).toBe('Belgium');
    expect(strikeLead(op, { strike: '2017-06' })).toBe('Spain');
    expect(strikeLead(op, { strike: '2016-08' })).toBeNull();
    expect(currentStrike(op, { strike: '2017-06' })!.label).toBe('June 2017');
  });
});

describe('table', () => {
  test('April 2018: the eight participants and the hub', () => {
    const t = tableModel(op, { strike: '2018-04' });
    expect(t.caption).toBe('Participants and their roles, with sources');
    expect(t.rows.map((r) => r.key)).toEqual(['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'hub']);
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
    const t = tableModel(op, { strike: '2017-06' });
    expect(t.caption).toBe('Countries named for June 2017, with sources');
    expect(t.rows.map((r) => [r.key, r.roles, r.authority])).toEqual([
      ['ES', 'Lead', 'Spain (Guardia Civil)'],
      ['US', 'Support', 'Not named in the sources'],
      ['hub', 'Coordination hub', t.rows[2]!.authority],
    ]);
    expect(t.rows[0]!.facts).toEqual([expect.stringMatching(/Guardia Civil/)]);
    expect(t.rows[1]!.cite).toEqual([{ source: 'europol' }]);
  });
  test('strikes that name no country: the hub alone', () => {
    expect(tableModel(op, { strike: '2015-12' }).rows.map((r) => r.key)).toEqual(['hub']);
  });
});

describe('announcer', () => {
  test('selections are told with their roles in the chosen strike', () => {
    expect(describeSelection(op, { strike: '2018-04' }, 'GB')).toBe(
      'Selected United Kingdom: Registrars identified.',
    );
    expect(describeSelection(op, { strike: '2018-04' }, 'hub')).toBe('Selected The Hague: Coordination hub.');
    expect(describeSelection(op, { strike: '2017-06' }, 'ES')).toBe('Selected Spain: Lead.');
    expect(describeSelection(op, { strike: '2017-06' }, 'FR')).toBe(
      'Selected France: not named for June 2017.',
    );
    expect(describeSelection(op, { strike: '2018-04' }, null)).toBe('Showing the overview.');
  });
  test('strikes are told with the countries they name', () => {
    expect(describeStrike(op, { strike: '2017-06' })).toBe(
      'Showing June 2017: Spain, lead; United States, support.',
    );
    expect(describeStrike(op, { strike: '2015-12' })).toBe(
      'Showing End of 2015 (alert): no source names a country.',
    );
  });
  test('announcement: nothing when neither changes; the strike, then the selection in it', () => {
    const a = run();
    expect(announcement(op, a, a)).toBeNull();
    expect(announcement(op, run({ type: 'filter', role: 'lead' }), a)).toBeNull();
    const june = run({ type: 'strike', strike: '2017-06' });
    expect(announcement(op, june, a)).toBe('Showing June 2017: Spain, lead; United States, support.');
    const spain = reducer(june, { type: 'select', selection: { kind: 'country', code: 'ES' } });
    expect(announcement(op, spain, june)).toBe('Selected Spain: Lead.');
    const back = reducer(spain, { type: 'strike', strike: '2018-04' });
    expect(announcement(op, back, spain)).toMatch(
      /^Showing 25–26 April 2018: Belgium, lead; .* Selected Spain: not named for 25–26 April 2018\.$/,
    );
    expect(announcement(op, reducer(spain, { type: 'select', selection: OVERVIEW }), spain)).toBe(
      'Showing the overview.',
    );
  });
});

describe('camera', () => {
  test('a tour step frames its places; a selection its place; an earlier strike its countries; else the whole view', () => {
    expect(cameraTarget(op, run({ type: 'step', step: 6 }))).toEqual({
      kind: 'frame',
      keys: ['ES', 'US', 'hub'],
    });
    expect(cameraTarget(op, run({ type: 'select', selection: { kind: 'hub' } }))).toEqual({
      kind: 'place',
      key: 'hub',
    });
    expect(cameraTarget(op, run({ type: 'strike', strike: '2017-06' }))).toEqual({
      kind: 'strike',
      keys: ['ES', 'US'],
    });
    expect(
      cameraTarget(
        op,
        run(
          { type: 'strike', strike: '2017-06' },
          { type: 'select', selection: { kind: 'country', code: 'ES' } },
        ),
      ),
    ).toEqual({ kind: 'place', key: 'ES' });
    expect(cameraTarget(op, run({ type: 'strike', strike: '2016-08' }))).toEqual({ kind: 'overview' });
    expect(cameraTarget(op, run())).toEqual({ kind: 'overview' });
    expect(cameraTarget(op, run({ type: 'select', selection: { kind: 'outlets' } }))).toEqual({
      kind: 'overview',
    });
  });
});
