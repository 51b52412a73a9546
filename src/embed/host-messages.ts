/**
 * The host → map commands, validated. Anything that is not exactly one of
 *   { source: 'takedown-map', type: 'select', country: 'fr' | 'FR' | 'uk' | 'hub' }
 *   { source: 'takedown-map', type: 'reset' }
 *   { source: 'takedown-map', type: 'theme', theme: 'light' | 'dark' | 'auto' }
 * yields null: strings, null, arrays, objects with other prototypes or
 * inherited fields, any other key (so no prototype-pollution keys and no
 * oversized payloads ride along), oversized or unknown values.
 * Never throws.
 */
import { OPERATION } from '../data/operation.ts';
import type { ThemeOption } from '../app-options.ts';
import type { Alpha2 } from '../data/types.ts';
import { OVERVIEW, type Selection } from '../state/reducer.ts';
import { SOURCE } from './messages.ts';

export type HostCommand =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'reset' }
  | { readonly type: 'theme'; readonly theme: ThemeOption };

const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };
/** The keys each command may carry, and no others. */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  select: ['source', 'type', 'country'],
  reset: ['source', 'type'],
  theme: ['source', 'type', 'theme'],
};
const THEMES: readonly ThemeOption[] = ['light', 'dark', 'auto'];
const DEFAULT_CODES = OPERATION.participants.map((p) => p.alpha2 as string);

const own = (o: object, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;

export function parseHostMessage(data: unknown, codes: readonly string[] = DEFAULT_CODES): HostCommand | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const proto: unknown = Object.getPrototypeOf(data);
    if (proto !== Object.prototype && proto !== null) return null;
    const type = own(data, 'type');
    const allowed = typeof type === 'string' && Object.prototype.hasOwnProperty.call(KEYS, type) ? KEYS[type] : undefined;
    if (!allowed) return null;
    const keys = Reflect.ownKeys(data);
    if (keys.length > allowed.length || keys.some((k) => typeof k !== 'string' || !allowed.includes(k))) return null;
    if (own(data, 'source') !== SOURCE) return null;
    if (type === 'reset') return { type: 'reset' };
    if (type === 'theme') {
      const theme = THEMES.find((t) => t === own(data, 'theme'));
      return theme ? { type: 'theme', theme } : null;
    }
    const country = own(data, 'country');
    if (typeof country !== 'string' || !/^(?:[a-z]{2}|hub)$/i.test(country)) return null;
    if (country.toLowerCase() === 'hub') return { type: 'select', selection: { kind: 'hub' } };
    const up = country.toUpperCase();
    const code = ALIASES[up] ?? up;
    return codes.includes(code) ? { type: 'select', selection: { kind: 'country', code: code as Alpha2 } } : null;
  } catch {
    return null;
  }
}

/** The selection a select or reset command asks for. */
export const commandSelection = (c: Exclude<HostCommand, { type: 'theme' }>): Selection => (c.type === 'reset' ? OVERVIEW : c.selection);
