/**
 * Content in a language: the operation (and "About this map") with every
 * text in our own words replaced by its translation, keyed by the English
 * text (gettext style, src/i18n/content/<lang>.ts), so moving the data
 * between files never breaks a translation. What is not ours stays as it is:
 * citations, quotes (verbatim, with our translation beside them, marked as
 * ours), names of people, outlets and sources (an operation's own source
 * list stays as it is, like the shared one). Countries are named by
 * Intl.DisplayNames and The Hague by its local name.
 */
import type { About, Operation, Quote } from '../data/types.ts';
import { EN_I18N, type I18n } from './i18n.ts';

/** English text → its translation in one language. */
export type ContentMap = Readonly<Record<string, string>>;

/** Keys whose values are not prose of ours: identifiers, citations, dates, metadata, proper names, quotes. */
const KEEP = new Set([
  'slug',
  'start',
  'end',
  'cite',
  'lngLatCite',
  'source',
  'id',
  'alpha2',
  'numeric',
  'roles',
  'role',
  'kind',
  'select',
  'strike',
  'filter',
  'frame',
  'date',
  'published',
  'updated',
  'lngLat',
  'saidBy',
  'spellings',
  'speaker',
  'quotes',
  'outlets.name',
]);

type Visit = (text: string) => string;

function walk(value: unknown, visit: Visit, parent = ''): unknown {
  if (typeof value === 'string') return visit(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, visit, parent));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // `strike` is an id in a tour step but the operation's own campaign entry (prose) on the operation.
    const keep = (KEEP.has(k) && !(k === 'strike' && typeof v === 'object')) || KEEP.has(`${parent}.${k}`);
    out[k] = keep ? v : walk(v, visit, k);
  }
  return out;
}

/** Every English text a language must translate: the operation's prose, the quotes' words (for our translation beside them) and About. */
export function translatableTexts(op: Operation, about?: About, extra: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const visit: Visit = (t) => {
    seen.add(t);
    return t;
  };
  const { participants, hub, sources: _sources, ...rest } = op;
  walk(rest, visit);
  walk(
    participants.map(({ name: _n, ...p }) => p),
    visit,
  );
  walk({ ...hub, name: undefined }, visit);
  // The roles an operation labels in its own words (roleLabel looks them up with i18n.text).
  for (const r of op.roles) if (r.label !== EN_I18N.role(r.role)) visit(r.label);
  for (const q of op.quotes) {
    visit(q.title);
    visit(q.translation ?? q.text);
  }
  if (about) walk(about, visit);
  extra.forEach(visit);
  return [...seen];
}

const tr =
  (content: ContentMap): Visit =>
  (t) =>
    content[t] ?? t;

/** A quote stays verbatim; in another language our translation goes beside it (an existing English rendering is translated). */
function localizeQuote(q: Quote, content: ContentMap, english: boolean): Quote {
  if (english) return q;
  const translation = q.translation ? content[q.translation] : content[q.text];
  return { ...q, title: content[q.title] ?? q.title, ...(translation ? { translation } : {}) };
}

export function localizeOperation(op: Operation, i18n: I18n, content: ContentMap): Operation {
  const english = i18n.lang === 'en';
  const visit = tr(english ? {} : content);
  const base = walk({ ...op, sources: {} }, visit) as Operation;
  return {
    ...base,
    sources: op.sources,
    participants: base.participants.map((p) => ({ ...p, name: i18n.country(p.alpha2) })),
    hub: { ...base.hub, name: i18n.hague as 'The Hague' },
    quotes: op.quotes.map((q) => localizeQuote(q, content, english)),
  };
}

export function localizeAbout(about: About, lang: I18n['lang'], content: ContentMap): About {
  return lang === 'en' ? about : (walk(about, tr(content)) as About);
}
