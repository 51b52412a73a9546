import { describe, expect, test, vi } from 'vitest';
import { failMessage, failState, reportFailure, type FailReason } from '../../../src/app/fail-reason.ts';
import { isNamedKey, namedCountries, namedKeys } from '../../../src/data/keys.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import type { Operation, TourStep } from '../../../src/data/types.ts';
import { normalizeCountry } from '../../../src/state/normalize-country.ts';
import { createReducer, initialState, selectionOf } from '../../../src/state/reducer.ts';
import { hashVocabulary, parseHash } from '../../../src/state/url-state.ts';

const KEYS = namedKeys(OPERATION);

describe('the key vocabulary', () => {
  test('every country the operation names, once, in data order; then the hub', () => {
    expect(KEYS).toEqual(['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'hub']);
    expect(namedCountries(OPERATION).find((c) => c.alpha2 === 'BE')).toEqual({
      alpha2: 'BE',
      numeric: '056',
      name: 'Belgium',
    });
    expect(namedCountries(OPERATION).filter((c) => c.alpha2 === 'US')).toHaveLength(1);
    expect(isNamedKey('ES', KEYS)).toBe(false);
    expect(isNamedKey('FR', KEYS)).toBe(true);
    expect(isNamedKey('DE', KEYS)).toBe(false);
    expect(isNamedKey(null, KEYS)).toBe(false);
  });
});

describe('normalizeCountry(): one reading for hash, query and messages', () => {
  test.each([
    ['fr', 'FR'],
    ['FR', 'FR'],
    ['Fr', 'FR'],
    ['uk', 'GB'],
    ['UK', 'GB'],
    ['gb', 'GB'],
    ['hub', 'hub'],
    ['HUB', 'hub'],
    ['Hub', 'hub'],
  ])('%s → %s', (raw, want) => expect(normalizeCountry(raw, KEYS)).toBe(want));
  test.each([['de'], ['es'], [' fr'], ['fr '], ['f'], ['fra'], [''], ['hubs'], ['u k'], ['fr'.repeat(100)]])(
    '%j → null',
    (raw) => expect(normalizeCountry(raw, KEYS)).toBeNull(),
  );
  test.each([[null], [undefined], [42], [['fr']], [{ toString: () => 'fr' }]])(
    'not a string (%j) → null',
    (raw) => expect(normalizeCountry(raw, KEYS)).toBeNull(),
  );
  test('only the keys it is given', () => {
    expect(normalizeCountry('es', ['FR', 'hub'])).toBeNull();
    expect(normalizeCountry('hub', ['FR'])).toBeNull();
    expect(normalizeCountry('uk', ['FR'])).toBeNull();
  });
});

describe('createReducer(op): strikes and tour come from the operation passed in', () => {
  const tour: TourStep[] = [
    { title: 'One', text: [], select: 'BE', strike: '2018-04', filter: 'lead', frame: ['BE'] },
    { title: 'Two', text: [], select: null, strike: '2018-04', filter: null, frame: ['hub'] },
  ];
  const op: Operation = { ...OPERATION, tour };
  const reduce = createReducer(op);
  test('a step is one of this operation’s steps', () => {
    const s = reduce(initialState(), { type: 'step', step: 1 });
    expect(s).toMatchObject({
      step: 1,
      strike: '2018-04',
      roleFilter: 'lead',
      selection: { kind: 'country', code: 'BE' },
    });
    expect(reduce(s, { type: 'step', step: 3 })).toBe(s);
    expect(reduce(s, { type: 'step', step: 2 })).toMatchObject({
      step: 2,
      strike: '2018-04',
      selection: { kind: 'overview' },
    });
  });
  test('the strike is the operation’s own: another is ignored, or read as the own', () => {
    const june = { ...OPERATION, strike: { ...OPERATION.strike, id: '2017-06' as const } };
    const s = initialState(undefined, null, '2017-06');
    expect(createReducer(june)(s, { type: 'strike', strike: '2018-04' })).toBe(s);
    expect(
      createReducer(june)(
        { ...s, strike: '2018-04' },
        { type: 'view', selection: selectionOf('hub'), strike: '2016-08' },
      ).strike,
    ).toBe('2017-06');
  });
  test('a selection or hover must name a place of the operation', () => {
    const small: Operation = {
      ...OPERATION,
      participants: OPERATION.participants.filter((p) => p.alpha2 !== 'FR'),
    };
    const r = createReducer(small);
    const s = initialState();
    expect(r(s, { type: 'select', selection: { kind: 'country', code: 'FR' } })).toBe(s);
    expect(r(s, { type: 'select', selection: { kind: 'country', code: 'ES' } })).toBe(s);
    expect(r(s, { type: 'hover', key: 'FR' })).toBe(s);
    expect(r(s, { type: 'hover', key: 'BE' }).hover).toBe('BE');
    expect(
      r(s, { type: 'view', selection: { kind: 'country', code: 'FR' }, strike: '2018-04' }).selection,
    ).toEqual({ kind: 'overview' });
  });
  test('the hash vocabulary follows the operation too', () => {
    const v = hashVocabulary(op);
    expect(v).toEqual({ keys: [...KEYS], strikes: ['2018-04'], steps: 2 });
    expect(parseHash('#step=2', v).step).toBe(2);
    expect(parseHash('#step=3', v).notice).not.toBeNull();
    expect(parseHash('#strike=2016-08', v).notice).not.toBeNull();
    expect(parseHash('#country=be&strike=2018-04', v)).toEqual({
      selection: { kind: 'country', code: 'BE' },
      notice: null,
      strike: '2018-04',
    });
    expect(parseHash('#country=%20be%20', v).selection).toEqual({ kind: 'country', code: 'BE' });
  });
});

describe('map failures: reason, message, state, logged once', () => {
  const REASONS: FailReason[] = ['switched-off', 'no-webgl', 'geometry', 'map-error', 'context-lost'];
  test('only missing outlines without a picture is an error; everything else falls back', () => {
    for (const r of REASONS) {
      expect(failState(r, true), r).toBe('fallback');
      expect(failState(r, false), r).toBe(r === 'geometry' ? 'error' : 'fallback');
    }
  });
  test('each reason has its own message, and with the picture in the page says the picture is the map', () => {
    expect(new Set(REASONS.map((r) => failMessage(r, false))).size).toBe(REASONS.length);
    for (const r of REASONS) {
      expect(failMessage(r, true), r).toMatch(/static picture/);
      expect(failMessage(r, false), r).not.toMatch(/static picture/);
    }
    expect(failMessage('geometry', false)).toMatch(
      /outlines could not be loaded.*list of countries and the panels still work/,
    );
    expect(failMessage('no-webgl', true)).toMatch(/WebGL2 is unavailable/);
  });
  test('the cause is logged once, with its reason; a map switched off or without WebGL is not an error', () => {
    const log = { error: vi.fn() };
    const cause = new Error('worker failed');
    reportFailure({ reason: 'map-error', error: cause }, log);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith('takedown-map: the interactive map failed (map-error)', cause);
    reportFailure({ reason: 'switched-off' }, log);
    reportFailure({ reason: 'no-webgl' }, log);
    expect(log.error).toHaveBeenCalledTimes(1);
    reportFailure({ reason: 'geometry' }, log);
    expect(log.error).toHaveBeenLastCalledWith('takedown-map: the interactive map failed (geometry)', '');
  });
});

describe('typed tour frames', () => {
  test('a typo in a tour frame or selection does not compile (checked by npm run typecheck)', () => {
    // @ts-expect-error 'BX' is no key the data names
    const frame: TourStep['frame'] = ['BX'];
    // @ts-expect-error numeric world-atlas ids are not tour keys
    const numeric: TourStep['frame'] = ['056'];
    // @ts-expect-error a strike id is yyyy-mm, not a name
    const strike: TourStep['strike'] = 'June';
    expect([frame, numeric, strike]).toHaveLength(3);
  });
});
