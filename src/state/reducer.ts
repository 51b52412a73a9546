/** App state and the pure reducer. */
import { DEFAULT_STRIKE } from '../data/strikes.ts';
import { STRIKES } from '../data/story.ts';
import { TOUR } from '../data/tour.ts';
import type { Alpha2, Role, TourStep } from '../data/types.ts';

export type Selection =
  | { readonly kind: 'overview' }
  | { readonly kind: 'country'; readonly code: Alpha2 }
  | { readonly kind: 'hub' }
  | { readonly kind: 'outlets' };

export interface State {
  readonly selection: Selection;
  /** Alpha-2 code or 'hub' under the pointer. */
  readonly hover: string | null;
  /** A short non-blocking message, e.g. about an unknown URL value. */
  readonly notice: string | null;
  readonly roleFilter: Role | null;
  /** The strike the map is coloured for (yyyy-mm); April 2018 by default. */
  readonly strike: string;
  /** Guided-tour step, 1-based; null when the tour is not running. */
  readonly step: number | null;
  /** The claimed-attacks layer is shown. */
  readonly attacks: boolean;
  /** The attack whose details are open, by id. */
  readonly attack: string | null;
}

export type Action =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'hover'; readonly key: string | null }
  | { readonly type: 'notice'; readonly text: string | null }
  | { readonly type: 'filter'; readonly role: Role | null }
  | { readonly type: 'strike'; readonly strike: string }
  | { readonly type: 'step'; readonly step: number | null }
  /** Selection and strike at once, leaving the tour (a followed link, back/forward). */
  | { readonly type: 'view'; readonly selection: Selection; readonly strike: string }
  | { readonly type: 'attacks'; readonly show: boolean }
  | { readonly type: 'attack'; readonly id: string | null };

export const OVERVIEW: Selection = { kind: 'overview' };

export const initialState = (selection: Selection = OVERVIEW, notice: string | null = null): State =>
  ({ selection, hover: null, notice, roleFilter: null, strike: DEFAULT_STRIKE, step: null, attacks: false, attack: null });

export const sameSelection = (a: Selection, b: Selection): boolean =>
  a.kind === b.kind && (a.kind !== 'country' || (b.kind === 'country' && a.code === b.code));

/** The key a selection has in the map and list: alpha-2, 'hub' or null. */
export const selectionKey = (s: Selection): string | null => (s.kind === 'country' ? s.code : s.kind === 'hub' ? 'hub' : null);

export const isStrike = (id: unknown): id is string => STRIKES.some((s) => s.id === id);
export const isStep = (n: unknown, steps: readonly TourStep[] = TOUR): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= steps.length;

export function stepSelection(select: TourStep['select']): Selection {
  if (select === null) return OVERVIEW;
  if (select === 'hub' || select === 'outlets') return { kind: select };
  return { kind: 'country', code: select };
}

function applyStep(state: State, step: number | null): State {
  if (step === null) {
    return state.step === null ? state : { ...state, step: null, selection: OVERVIEW, strike: DEFAULT_STRIKE, roleFilter: null, notice: null };
  }
  const s = TOUR[step - 1];
  if (!s || !isStep(step) || state.step === step) return state;
  return { ...state, step, selection: stepSelection(s.select), strike: s.strike, roleFilter: s.filter, notice: null };
}

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) && state.notice === null
        ? state
        : { ...state, selection: action.selection, notice: null, step: null };
    case 'hover':
      return state.hover === action.key ? state : { ...state, hover: action.key };
    case 'notice':
      return state.notice === action.text ? state : { ...state, notice: action.text };
    case 'filter':
      return state.roleFilter === action.role ? state : { ...state, roleFilter: action.role };
    case 'strike':
      return state.strike === action.strike || !isStrike(action.strike) ? state : { ...state, strike: action.strike, roleFilter: null, step: null };
    case 'step':
      return applyStep(state, action.step);
    case 'view': {
      const strike = isStrike(action.strike) ? action.strike : DEFAULT_STRIKE;
      if (sameSelection(state.selection, action.selection) && state.strike === strike && state.step === null && state.notice === null) return state;
      return { ...state, selection: action.selection, strike, step: null, notice: null, roleFilter: strike === state.strike ? state.roleFilter : null };
    }
    case 'attacks':
      return state.attacks === action.show ? state : { ...state, attacks: action.show, attack: action.show ? state.attack : null };
    case 'attack':
      return state.attack === action.id ? state : { ...state, attack: action.id, attacks: state.attacks || action.id !== null };
  }
}
