/**
 * The reducer at the edges the action-by-action tests leave (issue 12's
 * mutants): a small operation built here, so a state may start on another
 * strike, hover may clear, and selections compare by kind and key.
 */
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import type { Operation, TourStep } from '../../../src/data/types.ts';
import {
  OVERVIEW,
  createReducer,
  initialState,
  isStep,
  sameSelection,
  type Selection,
} from '../../../src/state/reducer.ts';

const TOUR: TourStep[] = [
  { title: 'One', text: [], select: 'BE', strike: '2018-04', filter: 'lead', frame: ['BE'] },
  { title: 'Two', text: [], select: 'outlets', strike: '2018-04', filter: null, frame: ['hub'] },
];
const OP: Operation = { ...OPERATION, tour: TOUR };
const reducer = createReducer(OP);
const FR: Selection = { kind: 'country', code: 'FR' };

describe('sameSelection()', () => {
  test('kinds without a key are told apart, and countries by code', () => {
    expect(sameSelection(OVERVIEW, { kind: 'outlets' })).toBe(false);
    expect(sameSelection({ kind: 'outlets' }, OVERVIEW)).toBe(false);
    expect(sameSelection({ kind: 'outlets' }, { kind: 'outlets' })).toBe(true);
    expect(sameSelection(FR, { kind: 'country', code: 'BE' })).toBe(false);
    expect(sameSelection(FR, { kind: 'hub' })).toBe(false);
  });
});

describe('isStep()', () => {
  test('an integer from 1 to the tour’s length', () => {
    expect([0, 1, 2, 3, 1.5, -1, Number.NaN, '1', null].map((n) => isStep(n, TOUR))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('reducer(): edges', () => {
  test('hover moves, clears, and ignores places the operation does not name', () => {
    const on = reducer(initialState(), { type: 'hover', key: 'FR' });
    expect(on.hover).toBe('FR');
    const off = reducer(on, { type: 'hover', key: null });
    expect(off.hover).toBeNull();
    expect(reducer(on, { type: 'hover', key: 'ES' })).toBe(on);
    expect(reducer(on, { type: 'hover', key: 'hub' }).hover).toBe('hub');
  });

  test('the initial state: nothing selected, hovered or filtered; no tour, no attacks', () => {
    expect(initialState()).toEqual({
      selection: OVERVIEW,
      hover: null,
      notice: null,
      roleFilter: null,
      strike: '2018-04',
      step: null,
      attacks: false,
      attack: null,
    });
  });

  test('strike: a state on another strike comes back to the page’s own, unfiltered and out of the tour', () => {
    // Made inside the test, so a mutant in the reducer's own helpers is active when they are made.
    const reducer = createReducer(OP);
    const away = { ...initialState(FR, null, '2017-06'), roleFilter: 'lead' as const, step: 2 };
    expect(reducer(away, { type: 'strike', strike: '2018-04' })).toEqual({
      ...away,
      strike: '2018-04',
      roleFilter: null,
      step: null,
    });
    expect(reducer(away, { type: 'strike', strike: '2016-08' })).toBe(away);
  });

  test('select: a country the operation does not name is ignored; hub and outlets always are places', () => {
    const s = initialState();
    expect(reducer(s, { type: 'select', selection: { kind: 'country', code: 'ES' } })).toBe(s);
    expect(reducer(s, { type: 'select', selection: { kind: 'outlets' } }).selection).toEqual({
      kind: 'outlets',
    });
    expect(reducer(s, { type: 'select', selection: { kind: 'hub' } }).selection).toEqual({ kind: 'hub' });
  });

  test('view: a country the operation does not name shows the overview', () => {
    const s = reducer(initialState(), { type: 'select', selection: FR });
    expect(
      reducer(s, { type: 'view', selection: { kind: 'country', code: 'ES' }, strike: '2018-04' }).selection,
    ).toEqual(OVERVIEW);
  });

  test('step: a step that selects the outlets, and ending the tour from it', () => {
    const two = reducer(initialState(FR, 'n'), { type: 'step', step: 2 });
    expect(two).toEqual({ ...initialState({ kind: 'outlets' }), step: 2 });
    const one = reducer(two, { type: 'step', step: 1 });
    expect(one).toEqual({
      ...initialState(FR),
      selection: { kind: 'country', code: 'BE' },
      step: 1,
      roleFilter: 'lead',
    });
    expect(reducer(one, { type: 'step', step: null })).toEqual(initialState());
  });

  test('attack: opening one keeps a shown layer shown; another id replaces the open one', () => {
    const shown = reducer(initialState(), { type: 'attacks', show: true });
    const a = reducer(shown, { type: 'attack', id: 'a' });
    expect(a).toMatchObject({ attack: 'a', attacks: true });
    expect(reducer(a, { type: 'attack', id: 'b' })).toMatchObject({ attack: 'b', attacks: true });
    expect(
      reducer(reducer(a, { type: 'attacks', show: false }), { type: 'attacks', show: true }).attack,
    ).toBeNull();
  });
});
