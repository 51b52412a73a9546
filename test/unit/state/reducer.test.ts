/**
 * The reducer action by action, the store's notifications and the URL
 * contract's edges: written to kill the mutants `npm run mutate` found alive.
 */
import { describe, expect, test, vi } from 'vitest';
import { TOUR } from '../../../src/data/operation.ts';
import {
  OVERVIEW,
  initialState,
  sameSelection,
  selectionKey,
  stepSelection,
  type Selection,
  type State,
} from '../../../src/state/reducer.ts';
import { bindHost } from '../../../src/embed/bind-host.ts';
import { commandAction, parseHostMessage } from '../../../src/embed/host-messages.ts';
import { createStore } from '../../../src/state/store.ts';
import { parseHash, serializeHash } from '../../../src/state/url-state.ts';
import { HOST_VOCAB, VOCAB, reducer } from '../../fixtures/app.ts';

const FR: Selection = { kind: 'country', code: 'FR' };
const BE: Selection = { kind: 'country', code: 'BE' };
const HUB: Selection = { kind: 'hub' };
const OUTLETS: Selection = { kind: 'outlets' };
/** The page's own campaign entry, and another operation's (which has its own page). */
const DEFAULT_STRIKE = '2018-04';
const EARLIER = '2017-06';

describe('selections', () => {
  test('sameSelection compares kinds, and codes for countries', () => {
    expect(sameSelection(FR, { kind: 'country', code: 'FR' })).toBe(true);
    expect(sameSelection(FR, BE)).toBe(false);
    expect(sameSelection(FR, HUB)).toBe(false);
    expect(sameSelection(HUB, FR)).toBe(false);
    expect(sameSelection(HUB, { kind: 'hub' })).toBe(true);
    expect(sameSelection(HUB, OUTLETS)).toBe(false);
    expect(sameSelection(OVERVIEW, OVERVIEW)).toBe(true);
  });

  test('selectionKey and stepSelection map tour targets and keys', () => {
    expect([FR, HUB, OUTLETS, OVERVIEW].map(selectionKey)).toEqual(['FR', 'hub', null, null]);
    expect(stepSelection(null)).toEqual(OVERVIEW);
    expect(stepSelection('hub')).toEqual({ kind: 'hub' });
    expect(stepSelection('outlets')).toEqual({ kind: 'outlets' });
    expect(stepSelection('BE')).toEqual({ kind: 'country', code: 'BE' });
  });
});

describe('reducer() action by action', () => {
  const base = initialState();

  test('select: the same selection is a no-op, unless it clears a notice; any selection leaves the tour', () => {
    const withNotice = initialState(FR, 'bad link');
    const cleared = reducer(withNotice, { type: 'select', selection: FR });
    expect(cleared).not.toBe(withNotice);
    expect(cleared).toMatchObject({ selection: FR, notice: null });
    const s = reducer(base, { type: 'select', selection: FR });
    expect(reducer(s, { type: 'select', selection: { kind: 'country', code: 'FR' } })).toBe(s);
    const touring = reducer(base, { type: 'step', step: 2 });
    expect(reducer(touring, { type: 'select', selection: HUB })).toMatchObject({
      selection: HUB,
      step: null,
    });
  });

  test('notice: sets and clears, the same text is a no-op', () => {
    const s = reducer(base, { type: 'notice', text: 'x' });
    expect(s.notice).toBe('x');
    expect(reducer(s, { type: 'notice', text: 'x' })).toBe(s);
    expect(reducer(s, { type: 'notice', text: null }).notice).toBeNull();
  });

  test('strike: only the page’s own operation is a strike here; any other (another page) is a no-op', () => {
    const filtered = reducer(base, { type: 'filter', role: 'servers' });
    expect(reducer(filtered, { type: 'strike', strike: EARLIER })).toBe(filtered);
    expect(reducer(filtered, { type: 'strike', strike: DEFAULT_STRIKE })).toBe(filtered);
    expect(reducer(filtered, { type: 'strike', strike: '1999-01' })).toBe(filtered);
  });

  test('step: each step sets its selection, strike and filter; out of range, repeated or ending when not running is a no-op', () => {
    for (const [i, step] of TOUR.entries()) {
      const s = reducer(initialState(FR, 'n'), { type: 'step', step: i + 1 });
      expect(s).toMatchObject({
        step: i + 1,
        selection: stepSelection(step.select),
        strike: step.strike,
        roleFilter: step.filter,
        notice: null,
      });
      expect(reducer(s, { type: 'step', step: i + 1 })).toBe(s);
    }
    for (const bad of [0, -1, TOUR.length + 1, 1.5, Number.NaN])
      expect(reducer(base, { type: 'step', step: bad })).toBe(base);
    expect(reducer(base, { type: 'step', step: null })).toBe(base);
  });

  test('step: null ends the tour back at the overview of April 2018, unfiltered', () => {
    const touring = reducer(base, { type: 'step', step: 3 });
    expect(touring.roleFilter).not.toBeNull();
    const done = reducer(
      { ...touring, strike: EARLIER, roleFilter: 'lead', notice: 'n' },
      { type: 'step', step: null },
    );
    expect(done).toMatchObject({
      step: null,
      selection: OVERVIEW,
      strike: DEFAULT_STRIKE,
      roleFilter: null,
      notice: null,
    });
  });

  test('view: selection and strike at once; another or an unknown strike means the page’s own; nothing new is a no-op', () => {
    const s = reducer(base, { type: 'view', selection: FR, strike: EARLIER });
    expect(s).toMatchObject({ selection: FR, strike: DEFAULT_STRIKE, step: null, notice: null });
    expect(reducer(s, { type: 'view', selection: FR, strike: EARLIER })).toBe(s);
    expect(reducer(s, { type: 'view', selection: FR, strike: 'nonsense' as never }).strike).toBe(
      DEFAULT_STRIKE,
    );
    expect(reducer(base, { type: 'view', selection: OVERVIEW, strike: 'nonsense' as never })).toBe(base);
  });

  test('view: leaves the tour and clears a notice even when selection and strike are unchanged', () => {
    const touring: State = { ...base, step: 2 };
    expect(reducer(touring, { type: 'view', selection: OVERVIEW, strike: DEFAULT_STRIKE }).step).toBeNull();
    const noticed: State = { ...base, notice: 'n' };
    expect(reducer(noticed, { type: 'view', selection: OVERVIEW, strike: DEFAULT_STRIKE }).notice).toBeNull();
    const other: State = { ...base, selection: HUB };
    expect(reducer(other, { type: 'view', selection: OVERVIEW, strike: DEFAULT_STRIKE }).selection).toEqual(
      OVERVIEW,
    );
    const earlier: State = { ...base, strike: EARLIER };
    expect(reducer(earlier, { type: 'view', selection: OVERVIEW, strike: DEFAULT_STRIKE }).strike).toBe(
      DEFAULT_STRIKE,
    );
  });

  test('view: keeps the legend filter within the operation, and drops it coming back from another strike', () => {
    const filtered: State = { ...base, roleFilter: 'servers' };
    expect(reducer(filtered, { type: 'view', selection: FR, strike: DEFAULT_STRIKE }).roleFilter).toBe(
      'servers',
    );
    expect(
      reducer({ ...filtered, strike: EARLIER }, { type: 'view', selection: FR, strike: DEFAULT_STRIKE })
        .roleFilter,
    ).toBeNull();
  });

  test('attacks and attack: hiding the layer closes the open attack; opening one shows the layer', () => {
    const open = reducer(base, { type: 'attack', id: 'paris' });
    expect(open).toMatchObject({ attack: 'paris', attacks: true });
    expect(reducer(open, { type: 'attack', id: 'paris' })).toBe(open);
    expect(reducer(open, { type: 'attacks', show: true })).toBe(open);
    expect(reducer(open, { type: 'attacks', show: false })).toMatchObject({ attacks: false, attack: null });
    const shown = reducer(base, { type: 'attacks', show: true });
    expect(shown).toMatchObject({ attacks: true, attack: null });
    expect(reducer({ ...shown, attack: 'nice' }, { type: 'attacks', show: true }).attack).toBe('nice');
    expect(reducer(base, { type: 'attack', id: null })).toBe(base);
    expect(reducer({ ...base, attack: 'x' }, { type: 'attack', id: null })).toMatchObject({
      attack: null,
      attacks: false,
    });
    expect(reducer({ ...shown, attack: 'x' }, { type: 'attack', id: null })).toMatchObject({
      attack: null,
      attacks: true,
    });
  });
});

describe('createStore()', () => {
  test('notifies with the new and previous state on a change, never on a no-op, and stops after unsubscribe', () => {
    const store = createStore(reducer, initialState());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch({ type: 'hover', key: null });
    expect(listener).not.toHaveBeenCalled();
    const before = store.getState();
    store.dispatch({ type: 'hover', key: 'FR' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(store.getState(), before);
    unsubscribe();
    store.dispatch({ type: 'hover', key: 'BE' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('parseHash() edges', () => {
  const ok = (hash: string) => parseHash(hash, VOCAB);
  const bad = { selection: OVERVIEW, notice: expect.stringMatching(/overview/) };

  test('reads bare and empty values for hub and outlets, and refuses others', () => {
    for (const h of ['#hub', '#hub=', '#hub=1']) expect(ok(h), h).toEqual({ selection: HUB, notice: null });
    for (const h of ['#outlets', '#outlets=', '#outlets=1'])
      expect(ok(h), h).toEqual({ selection: OUTLETS, notice: null });
    for (const h of ['#hub=2', '#outlets=2', '#outlets=yes']) expect(ok(h), h).toEqual(bad);
  });

  test('trims values, decodes +, skips empty parts, works without the #', () => {
    expect(ok('#country= fr ').selection).toEqual(FR);
    expect(ok('#country=+fr+').selection).toEqual(FR);
    expect(ok('#hub&').selection).toEqual(HUB);
    expect(ok('#&&hub').selection).toEqual(HUB);
    expect(ok('country=fr').selection).toEqual(FR);
    expect(ok('#country=fr#')).toEqual(bad);
  });

  test('a hash of 200 characters is read; 201 is refused', () => {
    const longest = `#${'hub&'.repeat(50)}`;
    expect(longest.length - 1).toBe(200);
    expect(ok(longest)).toEqual({ selection: HUB, notice: null });
    expect(ok(`${longest}&`)).toEqual(bad);
  });

  test('strike and step only under their own keys, steps as one or two digits in range', () => {
    expect(ok(`#strike=${DEFAULT_STRIKE}`)).toStrictEqual({
      selection: OVERVIEW,
      notice: null,
      strike: DEFAULT_STRIKE,
    });
    expect(ok('#step=5')).toStrictEqual({ selection: OVERVIEW, notice: null, step: 5 });
    expect(ok('#step=05')).toStrictEqual({ selection: OVERVIEW, notice: null, step: 5 });
    for (const h of [
      `#foo=${EARLIER}`,
      '#foo=3',
      '#step',
      '#step=',
      '#step=003',
      '#step=1e0',
      '#step=3a',
      '#step=0',
      `#step=${TOUR.length + 1}`,
      '#strike=1999-01',
      // Another operation's strike is another page (app/strike-redirect.ts), not a view of this one.
      `#strike=${EARLIER}`,
    ]) {
      expect(ok(h), h).toEqual(bad);
    }
  });

  test('carries strike and step keys only when the hash names them', () => {
    expect(Object.keys(ok('#country=fr'))).toEqual(['selection', 'notice']);
    expect(Object.keys(ok(`#strike=${DEFAULT_STRIKE}&country=fr`))).toEqual([
      'selection',
      'notice',
      'strike',
    ]);
    expect(Object.keys(ok('#step=2'))).toEqual(['selection', 'notice', 'step']);
  });

  test('serializeHash: the tour step wins; the strike is never written (a page tells one operation)', () => {
    expect(serializeHash(FR, { strike: EARLIER, step: 3 })).toBe('#step=3');
    expect(serializeHash(FR, { strike: EARLIER, step: null })).toBe('#country=fr');
    expect(serializeHash(OVERVIEW, { strike: EARLIER, step: null })).toBe('');
    expect(serializeHash(OUTLETS, { strike: DEFAULT_STRIKE, step: null })).toBe('#outlets');
    expect(serializeHash(OVERVIEW, { strike: DEFAULT_STRIKE, step: null })).toBe('');
  });
});

describe('step and host messages at their edges', () => {
  test('a host step message accepts the first and the last step', () => {
    expect(parseHostMessage({ source: 'takedown-map', type: 'step', step: 1 }, HOST_VOCAB)).toEqual({
      type: 'step',
      step: 1,
    });
    expect(parseHostMessage({ source: 'takedown-map', type: 'step', step: TOUR.length }, HOST_VOCAB)).toEqual(
      { type: 'step', step: TOUR.length },
    );
    expect(parseHostMessage({ type: 'step', step: TOUR.length, source: 'takedown-map' }, HOST_VOCAB)).toEqual(
      { type: 'step', step: TOUR.length },
    );
    expect(
      parseHostMessage({ source: 'takedown-map', type: 'step', step: TOUR.length + 1 }, HOST_VOCAB),
    ).toBeNull();
  });

  test('the host channel listens to "message" events only, and a bad step message leaves a running tour alone', () => {
    const handlers = new Map<string, (e: MessageEvent) => void>();
    const parent = { postMessage: () => undefined };
    const win = {
      addEventListener: (type: string, h: (e: MessageEvent) => void) => handlers.set(type, h),
      removeEventListener: (type: string, h: (e: MessageEvent) => void) => {
        if (handlers.get(type) === h) handlers.delete(type);
      },
    };
    class Observer {
      observe() {
        /* no attribute changes here */
      }
      disconnect() {
        /* nothing to stop */
      }
    }
    const store = createStore(reducer, initialState());
    const sub = bindHost(store, {
      win: win as unknown as Window,
      parent,
      root: { dataset: {} } as HTMLElement,
      vocab: HOST_VOCAB,
      Observer: Observer as unknown as typeof MutationObserver,
    });
    expect([...handlers.keys()]).toEqual(['message']);
    handlers.get('message')!({
      source: parent,
      data: { source: 'takedown-map', type: 'step', step: 4 },
    } as unknown as MessageEvent);
    expect(store.getState().step).toBe(4);
    handlers.get('message')!({
      source: parent,
      data: { source: 'takedown-map', type: 'step', step: 99 },
    } as unknown as MessageEvent);
    expect(store.getState().step).toBe(4);
    sub.destroy();
    expect(handlers.size).toBe(0);
  });

  test('parseHostMessage: a country rides only on a select; other types are refused', () => {
    for (const type of ['navigate', 'step', 'theme', 'Select', ''])
      expect(parseHostMessage({ source: 'takedown-map', type, country: 'fr' }, HOST_VOCAB), type).toBeNull();
    expect(
      parseHostMessage({ source: 'takedown-map', type: 'select', country: 'es' }, { keys: ['FR'], steps: 8 }),
    ).toBeNull();
    expect(
      parseHostMessage({ source: 'takedown-map', type: 'select', country: 'fr' }, { keys: ['FR'], steps: 8 }),
    ).toEqual({ type: 'select', selection: FR });
    expect(commandAction({ type: 'reset' })).toEqual({ type: 'select', selection: OVERVIEW });
    expect(commandAction({ type: 'select', selection: HUB })).toEqual({ type: 'select', selection: HUB });
    expect(commandAction({ type: 'step', step: 3 })).toEqual({ type: 'step', step: 3 });
  });
});
