/**
 * The one parser of host → map commands. Anything that is not exactly one of
 *   { source: 'takedown-map', type: 'select', country: 'fr' | 'FR' | 'uk' | 'hub' }
 *   { source: 'takedown-map', type: 'reset' }
 *   { source: 'takedown-map', type: 'step', step: N }   (an integer, 1..steps)
 *   { source: 'takedown-map', type: 'theme', theme: 'light' | 'dark' | 'auto' }
 *   { source: 'takedown-map', type: 'lang', lang: 'en' | 'fr' | 'nl' | 'de' | 'ro' | 'bg' }
 * yields null: strings, null, arrays, objects with other prototypes or
 * inherited fields, any key the type does not take (so no prototype-pollution
 * keys and no oversized payloads ride along), oversized or unknown values.
 * Countries are read by the app's one normalizeCountry. Never throws.
 */
import type { ThemeOption } from '../app-options.ts';
import type { NamedKey } from '../data/types.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { normalizeCountry } from '../state/normalize-country.ts';
import { OVERVIEW, selectionOf, type Action, type Selection } from '../state/reducer.ts';
import { SOURCE } from './messages.ts';

export type HostCommand =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'reset' }
  | { readonly type: 'step'; readonly step: number }
  | { readonly type: 'theme'; readonly theme: ThemeOption }
  | { readonly type: 'lang'; readonly lang: Lang };

/** What a host may name: the selectable places and the number of tour steps. */
export interface HostVocabulary {
  readonly keys: readonly NamedKey[];
  readonly steps: number;
}

/** The keys each command type takes, sorted. */
const KEYS: Readonly<Record<HostCommand['type'], readonly string[]>> = {
  select: ['country', 'source', 'type'],
  reset: ['source', 'type'],
  step: ['source', 'step', 'type'],
  theme: ['source', 'theme', 'type'],
  lang: ['lang', 'source', 'type'],
};
const THEMES: readonly ThemeOption[] = ['light', 'dark', 'auto'];

const own = (o: object, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;

const isType = (t: unknown): t is HostCommand['type'] =>
  t === 'select' || t === 'reset' || t === 'step' || t === 'theme' || t === 'lang';

export function parseHostMessage(data: unknown, vocab: HostVocabulary): HostCommand | null {
  try {
    if (typeof data !== 'object' || data === null) return null;
    // Plain objects only: arrays, class instances and objects with a polluted prototype stop here.
    const proto: unknown = Object.getPrototypeOf(data);
    if (proto !== Object.prototype && proto !== null) return null;
    const type = own(data, 'type');
    if (!isType(type)) return null;
    // Exactly the type's keys (symbols and extra fields included in the count), so nothing else rides along.
    const keys = Reflect.ownKeys(data);
    const want = KEYS[type];
    if (keys.length !== want.length || !keys.every((k) => typeof k === 'string' && want.includes(k)))
      return null;
    if (own(data, 'source') !== SOURCE) return null;
    if (type === 'reset') return { type: 'reset' };
    if (type === 'theme') {
      const theme = THEMES.find((t) => t === own(data, 'theme'));
      return theme ? { type: 'theme', theme } : null;
    }
    if (type === 'lang') {
      const lang = LANGS.find((l) => l === own(data, 'lang'));
      return lang ? { type: 'lang', lang } : null;
    }
    if (type === 'step') {
      const n = own(data, 'step');
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= vocab.steps
        ? { type: 'step', step: n }
        : null;
    }
    const key = normalizeCountry(own(data, 'country'), vocab.keys);
    return key === null ? null : { type: 'select', selection: selectionOf(key) };
  } catch {
    return null;
  }
}

/** The store action a select, reset or step command asks for (a theme or a language is the page's, not the store's). */
export function commandAction(c: Exclude<HostCommand, { type: 'theme' | 'lang' }>): Action {
  if (c.type === 'step') return { type: 'step', step: c.step };
  return { type: 'select', selection: c.type === 'reset' ? OVERVIEW : c.selection };
}
