/** App state and the pure reducer. */
import type { Alpha2, Role } from '../data/types.ts';

export type Selection =
  | { readonly kind: 'overview' }
  | { readonly kind: 'country'; readonly code: Alpha2 }
  | { readonly kind: 'hub' };

export interface State {
  readonly selection: Selection;
  /** Alpha-2 code or 'hub' under the pointer. */
  readonly hover: string | null;
  /** A short non-blocking message, e.g. about an unknown URL value. */
  readonly notice: string | null;
  readonly roleFilter: Role | null;
}

export type Action =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'hover'; readonly key: string | null }
  | { readonly type: 'notice'; readonly text: string | null }
  | { readonly type: 'filter'; readonly role: Role | null };

export const OVERVIEW: Selection = { kind: 'overview' };

export const initialState = (selection: Selection = OVERVIEW, notice: string | null = null): State =>
  ({ selection, hover: null, notice, roleFilter: null });

export const sameSelection = (a: Selection, b: Selection): boolean =>
  a.kind === b.kind && (a.kind !== 'country' || (b.kind === 'country' && a.code === b.code));

/** The key a selection has in the map and list: alpha-2, 'hub' or null. */
export const selectionKey = (s: Selection): string | null => (s.kind === 'country' ? s.code : s.kind === 'hub' ? 'hub' : null);

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) && state.notice === null
        ? state
        : { ...state, selection: action.selection, notice: null };
    case 'hover':
      return state.hover === action.key ? state : { ...state, hover: action.key };
    case 'notice':
      return state.notice === action.text ? state : { ...state, notice: action.text };
    case 'filter':
      return state.roleFilter === action.role ? state : { ...state, roleFilter: action.role };
  }
}
