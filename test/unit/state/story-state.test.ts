import { describe, expect, test } from 'vitest';
import { TOUR } from '../../../src/data/operation.ts';
import { OVERVIEW, initialState, type Selection } from '../../../src/state/reducer.ts';
import { reducer, VOCAB } from '../../fixtures/app.ts';
import { parseHash, serializeHash } from '../../../src/state/url-state.ts';
import { parseHostMessage } from '../../../src/embed/host-messages.ts';
import { bindHost } from '../../../src/embed/bind-host.ts';
import { createStore } from '../../../src/state/store.ts';

const CODES = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];

describe('strike and step in the hash', () => {
  test('reads the page’s own #strike alone and combined with a country, in either order', () => {
    expect(parseHash('#strike=2018-04', VOCAB)).toEqual({
      selection: OVERVIEW,
      notice: null,
      strike: '2018-04',
    });
    expect(parseHash('#country=nl&strike=2018-04', VOCAB)).toEqual({
      selection: { kind: 'country', code: 'NL' },
      notice: null,
      strike: '2018-04',
    });
    expect(parseHash('#step=3', VOCAB)).toEqual({ selection: OVERVIEW, notice: null, step: 3 });
    expect(parseHash('#outlets', VOCAB)).toEqual({ selection: { kind: 'outlets' }, notice: null });
  });

  for (const hash of [
    '#strike=2019-01',
    '#strike=',
    '#step=0',
    '#step=9',
    '#step=2.5',
    '#step=-1',
    '#step=03x',
    '#outlets=no',
  ]) {
    test(`${hash} shows the overview with a notice`, () => {
      const r = parseHash(hash, VOCAB);
      expect(r.selection).toEqual(OVERVIEW);
      expect(r.notice).toMatch(/overview/);
      expect(r.strike).toBeUndefined();
      expect(r.step).toBeUndefined();
    });
  }

  test('serialize ∘ parse round-trips every selection, and every step', () => {
    const selections: Selection[] = [
      OVERVIEW,
      { kind: 'hub' },
      { kind: 'outlets' },
      ...CODES.map((code) => ({ kind: 'country', code }) as Selection),
    ];
    for (const selection of selections) {
      const hash = serializeHash(selection, { strike: '2018-04', step: null });
      const back = parseHash(hash, VOCAB);
      expect(back.selection, hash).toEqual(selection);
      expect(back.strike ?? '2018-04', hash).toBe('2018-04');
      expect(back.notice).toBeNull();
    }
    for (let n = 1; n <= TOUR.length; n++)
      expect(parseHash(serializeHash(OVERVIEW, { strike: '2018-04', step: n }), VOCAB).step).toBe(n);
    expect(serializeHash(OVERVIEW, { strike: '2018-04', step: null })).toBe('');
  });
});

describe('story actions', () => {
  test('a step sets the selection, strike and filter of its data; exit returns to the overview', () => {
    let s = reducer(initialState(), { type: 'step', step: 6 });
    expect(s).toMatchObject({ step: 6, strike: '2018-04', selection: OVERVIEW, roleFilter: null });
    s = reducer(s, { type: 'step', step: 2 });
    expect(s).toMatchObject({
      step: 2,
      strike: '2018-04',
      selection: { kind: 'country', code: 'BE' },
      roleFilter: 'lead',
    });
    s = reducer(s, { type: 'step', step: null });
    expect(s).toMatchObject({ step: null, selection: OVERVIEW, strike: '2018-04', roleFilter: null });
  });
  test('invalid steps and strikes are ignored', () => {
    const s = initialState();
    for (const step of [0, 9, 1.5, NaN, -1]) expect(reducer(s, { type: 'step', step })).toBe(s);
    expect(reducer(s, { type: 'strike', strike: '1999-01' })).toBe(s);
  });
  test('another operation’s strike is ignored (it has its own page); a selection leaves the tour', () => {
    let s = reducer(initialState(), { type: 'step', step: 3 });
    expect(reducer(s, { type: 'strike', strike: '2016-08' })).toBe(s);
    s = reducer(reducer(s, { type: 'step', step: 4 }), { type: 'select', selection: { kind: 'hub' } });
    expect(s.step).toBeNull();
  });
  test('choosing an attack shows the layer; hiding the layer closes the attack', () => {
    let s = reducer(initialState(), { type: 'attack', id: 'berlin' });
    expect(s).toMatchObject({ attacks: true, attack: 'berlin' });
    s = reducer(s, { type: 'attacks', show: false });
    expect(s).toMatchObject({ attacks: false, attack: null });
  });
});

describe('step messages from the parent window', () => {
  test('accept only { source: "takedown-map", type: "step", step: 1..N }', () => {
    const step = (m: unknown) => {
      const r = parseHostMessage(m, { keys: VOCAB.keys, steps: 8 });
      return r?.type === 'step' ? r.step : null;
    };
    expect(step({ source: 'takedown-map', type: 'step', step: 3 })).toBe(3);
    for (const bad of [
      null,
      'step',
      [],
      { source: 'takedown-map', type: 'step', step: 0 },
      { source: 'takedown-map', type: 'step', step: 9 },
      { source: 'takedown-map', type: 'step', step: '3' },
      { source: 'takedown-map', type: 'step', step: 2.5 },
      { source: 'other', type: 'step', step: 3 },
      { source: 'takedown-map', type: 'height', step: 3 },
      { source: 'takedown-map', type: 'step', step: 3, extra: 1 },
      { source: 'takedown-map', type: 'step' },
      { source: 'takedown-map', type: 'step', step: 3, country: 'fr' },
      { source: 'takedown-map', type: 'reset', step: 3 },
    ])
      expect(parseHostMessage(bad, { keys: VOCAB.keys, steps: 8 }), JSON.stringify(bad)).toBeNull();
  });
  test('the listener dispatches only for messages whose source is window.parent, and stops on destroy', () => {
    const handlers = new Set<(e: MessageEvent) => void>();
    const win = {
      parent: { postMessage: () => undefined } as unknown as Window,
      addEventListener: (_: string, h: (e: MessageEvent) => void) => handlers.add(h),
      removeEventListener: (_: string, h: (e: MessageEvent) => void) => handlers.delete(h),
    };
    const store = createStore(reducer, initialState());
    class NoObserver {
      observe() {}
      disconnect() {}
    }
    const root = { dataset: {} } as HTMLElement;
    const sub = bindHost(store, {
      win: win as unknown as Window,
      parent: win.parent,
      root,
      vocab: { keys: VOCAB.keys, steps: TOUR.length },
      Observer: NoObserver as unknown as typeof MutationObserver,
    });
    const post = (source: unknown, data: unknown) =>
      handlers.forEach((h) => h({ source, data } as MessageEvent));
    post({}, { source: 'takedown-map', type: 'step', step: 2 });
    expect(store.getState().step).toBeNull();
    post(win.parent, { source: 'takedown-map', type: 'step', step: 2 });
    expect(store.getState().step).toBe(2);
    sub.destroy();
    post(win.parent, { source: 'takedown-map', type: 'step', step: 5 });
    expect(store.getState().step).toBe(2);
  });
});
