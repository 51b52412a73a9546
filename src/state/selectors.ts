/**
 * The one derivation of what the views show, from State and the operation.
 * Every view (map sync, static picture, list, legend, panel, table,
 * announcer) renders from these; none re-derives roles or dimming.
 *
 * - roles: what each named place holds in the chosen strike (April 2018: the
 *   eight participants; June 2017: Spain and the US; the hub in every strike);
 * - lit/dim: the legend filter (set by the reader or a tour step) dims every
 *   place that does not hold the filtered role in the chosen strike; places
 *   the strike does not name are `quiet` (neutral fill, faded spokes/labels).
 */
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { roleLabel } from '../data/roles.ts';
import { strikeCountries } from '../data/strikes.ts';
import {
  type MapKey,
  type NamedKey,
  type Operation,
  type Role,
  type Strike,
  type StrikeId,
} from '../data/types.ts';
import { selectionKey, type State } from './reducer.ts';

type Op = Pick<Operation, 'participants' | 'strike' | 'hub' | 'roles'>;

/** A named place as the chosen strike tells it. */
export interface Place {
  readonly key: NamedKey;
  readonly name: string;
  /** Its roles in the chosen strike; empty when the strike does not name it. First role colours it. */
  readonly roles: readonly Role[];
}

/** The places a strike names, in data order, then the hub (Europol's part in every strike). */
export function strikePlaces(op: Op, _strike: StrikeId): Place[] {
  return [
    ...strikeCountries(op).map((c): Place => ({ key: c.alpha2, name: c.name, roles: c.roles })),
    { key: 'hub', name: op.hub.name, roles: ['hub'] },
  ];
}

/**
 * Every named place with its roles in the chosen strike. Since ops-16 every country an operation names is one
 * of its participants, each listed once and with at least one role (check-data and the schema hold it), so
 * these are the strike's places.
 */
export const allPlaces = (op: Op, strike: StrikeId): Place[] => strikePlaces(op, strike);

/** A place's roles in a strike; [] for unnamed land and for countries the strike does not name. */
export function rolesOf(op: Op, strike: StrikeId, key: MapKey | null): readonly Role[] {
  return strikePlaces(op, strike).find((p) => p.key === key)?.roles ?? [];
}

/** The role a place is coloured by in a strike, or null (neutral). */
export const fillRole = (roles: readonly Role[]): Role | null => roles[0] ?? null;

/**
 * Dimmed by the legend filter: a filter is on and the place holds other roles
 * in the chosen strike. A place the strike does not name is already neutral
 * (quiet), like unnamed land, so the filter leaves it as it is.
 */
export const isDimmed = (roles: readonly Role[], filter: Role | null): boolean =>
  filter !== null && roles.length > 0 && !roles.includes(filter);

/** How one place is drawn right now. */
export interface PlaceView {
  readonly key: MapKey;
  readonly role: Role | null;
  readonly selected: boolean;
  readonly hover: boolean;
  /** Faded by the legend filter. */
  readonly dim: boolean;
  /** Not named by the chosen strike (its spoke and label fade). */
  readonly quiet: boolean;
  /** Its role pattern shows: the patterns are the April 2018 roles' second cue. */
  readonly patterned: boolean;
}

export function placeView(op: Op, s: State, key: MapKey): PlaceView {
  const roles = rolesOf(op, s.strike, key);
  return {
    key,
    role: fillRole(roles),
    selected: key === selectionKey(s.selection),
    hover: key === s.hover,
    dim: isDimmed(roles, s.roleFilter),
    quiet: roles.length === 0,
    patterned: s.strike === op.strike.id && roles.length > 0,
  };
}

/** Every named place as drawn now, keyed: what the map sync and the static picture apply. */
export function placeViews(op: Op, s: State): Map<NamedKey, PlaceView> {
  return new Map(allPlaces(op, s.strike).map((p) => [p.key, placeView(op, s, p.key)]));
}

/** The chosen strike as data (always found for a valid state). */
export const currentStrike = (op: Pick<Operation, 'strike'>, s: Pick<State, 'strike'>): Strike | undefined =>
  s.strike === op.strike.id ? op.strike : undefined;

/** Whether the state tells the page's own operation (always, once the reducer has checked it). */
export const isDefaultStrike = (op: Pick<Operation, 'strike'>, s: Pick<State, 'strike'>): boolean =>
  s.strike === op.strike.id;

/** One legend entry: a role, how many places hold it in the chosen strike, whether its filter is on. */
export interface LegendEntry {
  readonly role: Role;
  readonly label: string;
  readonly n: number;
  /** "3 countries", "1 country", or the hub's name. */
  readonly count: string;
  readonly pressed: boolean;
}

export function legendEntries(
  op: Op,
  s: Pick<State, 'strike' | 'roleFilter'>,
  i18n: I18n = EN_I18N,
): LegendEntry[] {
  const places = strikePlaces(op, s.strike);
  return op.roles.map(({ role }) => {
    const n = places.filter((p) => p.roles.includes(role)).length;
    return {
      role,
      label: roleLabel(op, role, i18n),
      n,
      count: role === 'hub' ? op.hub.name : i18n.t('legend.count', { n }),
      pressed: s.roleFilter === role,
    };
  });
}

/** One entry of the participant list: the chosen strike's places. */
export interface ListItem extends Place {
  readonly role: Role | null;
  readonly pressed: boolean;
  readonly hover: boolean;
  readonly dim: boolean;
}

export function listItems(op: Op, s: State): ListItem[] {
  const selected = selectionKey(s.selection);
  return strikePlaces(op, s.strike).map((p) => ({
    ...p,
    role: fillRole(p.roles),
    pressed: p.key === selected,
    hover: p.key === s.hover,
    dim: isDimmed(p.roles, s.roleFilter),
  }));
}

/** "Lead, Support": a place's roles by the operation's labels. */
export const roleList = (
  op: Pick<Operation, 'roles'>,
  roles: readonly Role[],
  i18n: I18n = EN_I18N,
): string => roles.map((r) => roleLabel(op, r, i18n)).join(', ');

/** "Lead, Support" for a place's roles, or null when it has none (unnamed land). */
export const rolesText = (
  op: Pick<Operation, 'roles'>,
  roles: readonly Role[],
  i18n: I18n = EN_I18N,
): string | null => (roles.length ? roleList(op, roles, i18n) : null);

/** The places a click or hover on either map picks in the chosen strike: the ones it names, and the hub. */
export const pickableKeys = (op: Op, s: Pick<State, 'strike'>): NamedKey[] =>
  strikePlaces(op, s.strike).map((p) => p.key);
