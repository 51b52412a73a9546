/**
 * The one palette. It feeds the MapLibre style, the d3 scale, the legend, the
 * static map and the CSS custom properties (generated at build time), so the
 * four can never disagree. Role colours are the same in both themes; the
 * ground colours differ.
 */
import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';
import { ROLES, type Role } from './vocabulary.ts';

/** Okabe–Ito based; distances under simulated colour-vision deficiency are tested. */
export const ROLE_COLOURS: Readonly<Record<Role, string>> = {
  lead: '#D55E00',
  evidence: '#56B4E9',
  servers: '#009E73',
  registrars: '#E69F00',
  support: '#F0E442',
  referral: '#44AA99',
  arrest: '#CC79A7',
  hub: '#7A4BA0',
};

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Ground {
  readonly sea: string;
  readonly land: string;
  readonly border: string;
  readonly ink: string;
  readonly muted: string;
  readonly paper: string;
  readonly surface: string;
  readonly line: string;
  readonly accent: string;
  readonly labelHalo: string;
  readonly spoke: string;
  readonly highlight: string;
  /** Markers of the claimed-attacks layer, and their ring. */
  readonly attack: string;
  readonly attackRing: string;
}

export const GROUND: Readonly<Record<Theme, Ground>> = {
  light: {
    sea: '#E8EEF3',
    land: '#D4D6D9',
    border: '#FFFFFF',
    ink: '#1A1D21',
    muted: '#50565E',
    paper: '#FFFFFF',
    surface: '#F4F5F7',
    line: '#C9CDD2',
    accent: '#0B5CAD',
    labelHalo: '#FFFFFF',
    spoke: '#3D2A52',
    highlight: '#111111',
    attack: '#1A1D21',
    attackRing: '#FFFFFF',
  },
  dark: {
    sea: '#0F151C',
    land: '#343B44',
    border: '#151B22',
    ink: '#ECEEF1',
    muted: '#A9B0B9',
    paper: '#161B21',
    surface: '#1F262E',
    line: '#3A424C',
    accent: '#7CB8F5',
    labelHalo: '#0F151C',
    spoke: '#D9C8EC',
    highlight: '#FFFFFF',
    attack: '#F4F5F7',
    attackRing: '#0F151C',
  },
};

/** Fill for countries outside the operation and for unknown roles. */
export const neutralFill = (theme: Theme): string => GROUND[theme].land;

/**
 * The one scale every view colours by: the CSS custom properties the legend,
 * the list and the static picture use, the picture's presentation fills and
 * the map's fill expression are all read from it. Unknown roles fall to the
 * neutral fill.
 */
export function roleScale(theme: Theme): ScaleOrdinal<string, string, string> {
  return scaleOrdinal<string, string>()
    .domain([...ROLES])
    .range(ROLES.map((r) => ROLE_COLOURS[r]))
    .unknown(neutralFill(theme));
}

/** CSS custom properties for one theme, e.g. `--op-role-lead: #D55E00`. */
export function cssVariables(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  const scale = roleScale(theme);
  for (const r of ROLES) vars[`--op-role-${r}`] = scale(r);
  vars['--op-role-none'] = scale.unknown();
  for (const [k, v] of Object.entries(GROUND[theme]))
    vars[`--op-${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`] = v;
  return vars;
}

/** The whole palette as a stylesheet: light by default, dark by media query or `data-theme`. */
export function paletteCss(): string {
  const block = (sel: string, t: Theme) =>
    `${sel}{${Object.entries(cssVariables(t))
      .map(([k, v]) => `${k}:${v}`)
      .join(';')}}`;
  return [
    block(':root', 'light'),
    `@media (prefers-color-scheme: dark){${block(':root:not([data-theme="light"])', 'dark')}}`,
    block(':root[data-theme="dark"]', 'dark'),
  ].join('\n');
}
