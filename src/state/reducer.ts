/**
 * App state and the pure reducer. The reducer is made for one operation
 * (`createReducer(op)`): the strikes, the tour and the selectable places come
 * from it, never from module globals.
 */
import { namedKeys } from '../data/keys.ts';
import type { Alpha2, NamedKey, Operation, Role, StrikeId, TourStep } from '../data/types.ts';

export type Selection =
  | { readonly kind: 'overview' }
  | { readonly kind: 'country'; readonly code: Alpha2 }
  | { readonly kind: 'hub' }
  | { readonly kind: 'outlets' };

export interface State {
  readonly selection: Selection;
  /** The named place under the pointer. */
  readonly hover: NamedKey | null;
  /** A short non-blocking message, e.g. about an unknown URL value. */
  readonly notice: string | null;
  readonly roleFilter: Role | null;
  /** The strike the views tell; April 2018 by default. */
  readonly strike: StrikeId;
  /** Guided-tour step, 1-based; null when the tour is not running. */
  readonly step: number | null;
  /** The claimed-attacks layer is shown. */
  readonly attacks: boolean;
  /** The attack whose details are open, by id. */
  readonly attack: string | null;
}

export type Action =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'hover'; readonly key: NamedKey | null }
  | { readonly type: 'notice'; readonly text: string | null }
  | { readonly type: 'filter'; readonly role: Role | null }
  | { readonly type: 'strike'; readonly strike: StrikeId }
  | { readonly type: 'step'; readonly step: number | null }
  /** Selection and strike at once, leaving the tour (a followed link, back/forward). */
  | { readonly type: 'view'; readonly selection: Selection; readonly strike: StrikeId }
  | { readonly type: 'attacks'; readonly show: boolean }
  | { readonly type: 'attack'; readonly id: string | null };

export type Reducer = (state: State, action: Action) => State;

export const OVERVIEW: Selection = { kind: 'overview' };

/** The April 2018 takedown's entry: the strike of a state made without an operation (tests). */
const DEFAULT_STRIKE: StrikeId = '2018-04';

export const initialState = (
  selection: Selection = OVERVIEW,
  notice: string | null = null,
  strike: StrikeId = DEFAULT_STRIKE,
): State => ({
  selection,
  hover: null,
  notice,
  roleFilter: null,
  strike,
  step: null,
  attacks: false,
  attack: null,
});

/** The key a selection has in the maps and the list: alpha-2, 'hub' or null. */
export const selectionKey = (s: Selection): NamedKey | null =>
  s.kind === 'country' ? s.code : s.kind === 'hub' ? 'hub' : null;

/** The same kind, and for a country the same code (overview and outlets have no key). */
export const sameSelection = (a: Selection, b: Selection): boolean =>
  a.kind === b.kind && selectionKey(a) === selectionKey(b);

/** The selection of a named place. */
export const selectionOf = (key: NamedKey): Selection =>
  key === 'hub' ? { kind: 'hub' } : { kind: 'country', code: key };

export const isStep = (n: unknown, steps: readonly TourStep[]): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= steps.length;

export function stepSelection(select: TourStep['select']): Selection {
  if (select === null) return OVERVIEW;
  if (select === 'outlets') return { kind: 'outlets' };
  return selectionOf(select);
}

export function createReducer(op: Pick<Operation, 'participants' | 'strike' | 'tour'>): Reducer {
  const keys = namedKeys(op);
  const home = op.strike.id;
  /** A page tells its own operation only; other entries are other pages. */
  const isStrike = (id: unknown): id is StrikeId => id === home;
  const valid = (s: Selection) => s.kind !== 'country' || keys.includes(s.code);

  function applyStep(state: State, step: number | null): State {
    if (step === null) {
      return state.step === null
        ? state
        : {
            ...state,
            step: null,
            selection: OVERVIEW,
            strike: home,
            roleFilter: null,
            notice: null,
          };
    }
    if (!isStep(step, op.tour) || state.step === step) return state;
    const s = op.tour[step - 1]!;
    return {
      ...state,
      step,
      selection: stepSelection(s.select),
      strike: s.strike,
      roleFilter: s.filter,
      notice: null,
    };
  }

  return function reducer(state, action) {
    switch (action.type) {
      case 'select':
        if (!valid(action.selection)) return state;
        return sameSelection(state.selection, action.selection) && state.notice === null
          ? state
          : { ...state, selection: action.selection, notice: null, step: null };
      case 'hover':
        return state.hover === action.key || (action.key !== null && !keys.includes(action.key))
          ? state
          : { ...state, hover: action.key };
      case 'notice':
        return state.notice === action.text ? state : { ...state, notice: action.text };
      case 'filter':
        return state.roleFilter === action.role ? state : { ...state, roleFilter: action.role };
      case 'strike':
        return state.strike === action.strike || !isStrike(action.strike)
          ? state
          : { ...state, strike: action.strike, roleFilter: null, step: null };
      case 'step':
        return applyStep(state, action.step);
      case 'view': {
        const strike = isStrike(action.strike) ? action.strike : home;
        const selection = valid(action.selection) ? action.selection : OVERVIEW;
        if (
          sameSelection(state.selection, selection) &&
          state.strike === strike &&
          state.step === null &&
          state.notice === null
        )
          return state;
        return {
          ...state,
          selection,
          strike,
          step: null,
          notice: null,
          roleFilter: strike === state.strike ? state.roleFilter : null,
        };
      }
      case 'attacks':
        return state.attacks === action.show
          ? state
          : { ...state, attacks: action.show, attack: action.show ? state.attack : null };
      case 'attack':
        return state.attack === action.id
          ? state
          : { ...state, attack: action.id, attacks: state.attacks || action.id !== null };
    }
  };
}
