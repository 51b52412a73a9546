/**
 * What the panel, the table, the announcer and the camera tell for the
 * chosen strike and selection. Pure; every view renders from these.
 */
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { AUTHORITY_NOT_NAMED } from '../data/participant-notes.ts';
import { roleLabel } from '../data/roles.ts';
import type {
  Alpha2,
  Citation,
  Fact,
  NamedKey,
  Operation,
  Participant,
  Role,
  Strike,
} from '../data/types.ts';
import { sameSelection, selectionKey, type State } from './reducer.ts';
import {
  allPlaces,
  currentStrike,
  isDefaultStrike,
  roleList,
  strikePlaces,
  type Place,
} from './selectors.ts';

type Op = Pick<Operation, 'participants' | 'strike' | 'hub' | 'tour' | 'roles'>;

export type PanelModel =
  /** The chosen strike: the April 2018 overview, or an earlier strike's story. */
  | {
      readonly kind: 'overview';
      readonly strike: Strike;
      readonly isDefault: boolean;
      readonly countries: readonly Place[];
    }
  | {
      readonly kind: 'country';
      readonly key: Alpha2;
      readonly name: string;
      readonly strike: Strike;
      readonly isDefault: boolean;
      /** Roles in the chosen strike; empty when it does not name the country. */
      readonly roles: readonly Role[];
      /** Its part in the April 2018 operation, when it was a participant. */
      readonly participant: Participant | null;
    }
  | { readonly kind: 'hub'; readonly strike: Strike; readonly isDefault: boolean }
  | { readonly kind: 'outlets' };

export function panelModel(op: Op, s: State): PanelModel | null {
  const strike = currentStrike(op, s);
  if (!strike) return null;
  const isDefault = isDefaultStrike(op, s);
  const sel = s.selection;
  switch (sel.kind) {
    case 'outlets':
      return { kind: 'outlets' };
    case 'hub':
      return { kind: 'hub', strike, isDefault };
    case 'overview':
      return {
        kind: 'overview',
        strike,
        isDefault,
        countries: strikePlaces(op, s.strike).filter((p) => p.key !== 'hub'),
      };
    case 'country': {
      const place = allPlaces(op, s.strike).find((p) => p.key === sel.code);
      if (!place) return null;
      return {
        kind: 'country',
        key: sel.code,
        name: place.name,
        strike,
        isDefault,
        roles: place.roles,
        participant: op.participants.find((p) => p.alpha2 === sel.code) ?? null,
      };
    }
  }
}

/** The strike's lead, by name, as its countries say; null when no source names one. */
export const strikeLead = (op: Op, s: Pick<State, 'strike'>): string | null =>
  strikePlaces(op, s.strike)
    .filter((p) => p.roles.includes('lead'))
    .map((p) => p.name)
    .join(', ') || null;

/** One row of the table view. */
export interface TableRow {
  readonly key: NamedKey;
  readonly name: string;
  readonly roles: string;
  readonly authority: string;
  /** What it did, and where sources differ: every fact the row stands for, marked where unconfirmed or our research. */
  readonly facts: readonly string[];
  /** Exactly what the row's facts cite, once each. */
  readonly cite: readonly Citation[];
}

const factLine = (f: Fact, i18n: I18n = EN_I18N): string =>
  `${f.research ? `${i18n.t('fact.research')} ` : f.unconfirmed ? `${i18n.t('fact.unconfirmed')}: ` : ''}${f.text}`;

const uniqueCites = (cs: readonly Citation[]): Citation[] =>
  cs.filter((c, i, all) => all.findIndex((x) => x.source === c.source && x.paragraph === c.paragraph) === i);

/** The table for the chosen strike: its countries with their roles and sources, then the hub. */
export function tableModel(
  op: Op,
  s: Pick<State, 'strike'>,
  i18n: I18n = EN_I18N,
): { caption: string; rows: TableRow[] } {
  const strike = currentStrike(op, s);
  const isDefault = isDefaultStrike(op, s);
  const countries = op.participants.map((p): TableRow => ({
    key: p.alpha2,
    name: p.name,
    // Every participant holds a role (the schema's minimum).
    roles: roleList(op, p.roles, i18n),
    authority: p.authority?.text ?? `${i18n.t('fact.notNamedLabel')} ${i18n.text(AUTHORITY_NOT_NAMED.text)}`,
    facts: [...p.actions, ...p.caveats].map((f) => factLine(f, i18n)),
    cite: uniqueCites([
      ...(p.authority?.cite ?? []),
      ...p.actions.flatMap((a) => a.cite),
      ...p.caveats.flatMap((a) => a.cite),
    ]),
  }));
  const hub = op.hub;
  const hubRow: TableRow = {
    key: 'hub',
    name: hub.name,
    roles: roleLabel(op, 'hub', i18n),
    authority: hub.bodies.map((b) => b.name).join('; '),
    facts: [...hub.bodies.map((b) => b.what), ...hub.caveats].map((f) => factLine(f, i18n)),
    cite: uniqueCites([...hub.bodies.flatMap((b) => b.what.cite), ...hub.caveats.flatMap((f) => f.cite)]),
  };
  const caption = isDefault
    ? i18n.t('table.caption')
    : i18n.t('table.captionStrike', { strike: strike?.label ?? s.strike });
  return { caption, rows: [...countries, hubRow] };
}

/** What the live region says for a selection in the chosen strike. */
export function describeSelection(
  op: Op,
  s: Pick<State, 'strike'>,
  key: NamedKey | null,
  i18n: I18n = EN_I18N,
): string {
  // Every place the strike names (the hub included) holds a role: the schema gives each participant one.
  const place = strikePlaces(op, s.strike).find((p) => p.key === key);
  if (!place) return i18n.t('say.overview');
  return i18n.t('say.selected', { name: place.name, roles: roleList(op, place.roles, i18n) });
}

/** What the live region says about a strike: its label and who it names. */
export function describeStrike(op: Op, s: Pick<State, 'strike'>, i18n: I18n = EN_I18N): string {
  const strike = currentStrike(op, s);
  const countries = strikePlaces(op, s.strike).filter((p) => p.key !== 'hub');
  const who = countries.length
    ? countries.map((p) => `${p.name}, ${i18n.lower(roleList(op, p.roles, i18n))}`).join('; ')
    : i18n.t('say.noCountry');
  return i18n.t('say.strike', { strike: strike?.label ?? s.strike, who });
}

/** The announcement for a state change, or null when there is nothing to say. */
export function announcement(op: Op, s: State, prev: State, i18n: I18n = EN_I18N): string | null {
  const key = selectionKey(s.selection);
  if (s.strike !== prev.strike)
    return key === null
      ? describeStrike(op, s, i18n)
      : `${describeStrike(op, s, i18n)} ${describeSelection(op, s, key, i18n)}`;
  if (!sameSelection(s.selection, prev.selection)) return describeSelection(op, s, key, i18n);
  return null;
}

/** Where the camera goes: a tour step's places, the selection, the strike's countries, or the whole view. */
export type CameraTarget =
  | { readonly kind: 'frame'; readonly keys: readonly NamedKey[] }
  | { readonly kind: 'place'; readonly key: NamedKey }
  | { readonly kind: 'strike'; readonly keys: readonly NamedKey[] }
  | { readonly kind: 'overview' };

export function cameraTarget(op: Op, s: State): CameraTarget {
  const step = s.step === null ? undefined : op.tour[s.step - 1];
  if (step) return { kind: 'frame', keys: step.frame };
  const key = selectionKey(s.selection);
  if (key) return { kind: 'place', key };
  const struck = isDefaultStrike(op, s)
    ? []
    : strikePlaces(op, s.strike)
        .filter((p) => p.key !== 'hub')
        .map((p) => p.key);
  return struck.length ? { kind: 'strike', keys: struck } : { kind: 'overview' };
}
