/**
 * Content translations, keyed by the English text: the shared ones
 * (src/i18n/content/<lang>.ts: the default operation, the campaign's alert,
 * About) and each operation's own (src/data/operations/<slug>/translations/
 * <lang>.ts). Every text of every operation has every language, no entry is
 * stale or unused, quotations stay verbatim (in the translations and in the
 * localized operation), and citations are never touched.
 */
import { describe, expect, test } from 'vitest';
import { ABOUT, UNCONFIRMED_ELSEWHERE } from '../../../src/data/about.ts';
import { ALERT } from '../../../src/data/campaign.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { AUTHORITY_NOT_NAMED } from '../../../src/data/participant-notes.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import type { Citation, Operation } from '../../../src/data/types.ts';
import { CONTENT, i18nFor, OPERATION_CONTENT, SHARED_CONTENT } from '../../../src/i18n/all-locales.ts';
import { withContent } from '../../../src/i18n/i18n.ts';
import { LANGS } from '../../../src/i18n/langs.ts';
import { localizeOperation, translatableTexts, type ContentMap } from '../../../src/i18n/localize.ts';

const OTHERS = LANGS.filter((l) => l !== 'en');
const alertTexts = [ALERT.label, ALERT.summary.text, ...ALERT.details.map((d) => d.text)];
/** What the shared files translate: the default operation, About, the alert (on every page's timeline). */
const SHARED_TEXTS = translatableTexts(OPERATION, ABOUT, [
  AUTHORITY_NOT_NAMED.text,
  UNCONFIRMED_ELSEWHERE,
  ...alertTexts,
]);
const OTHER_OPS = OPERATIONS.filter((o) => o.slug !== OPERATION.slug);
/** Our own phrasing shown in quotation marks as an example, not a quotation of a source. */
const OURS = new Set(['Europol said…']);

/** The quoted passages of a text: “…”. */
export const quotesIn = (s: string): string[] =>
  [...s.matchAll(/“([^”]*)”/g)].map((m) => m[1]!).filter((q) => !OURS.has(q));

/** What a language's map lacks, and what it has that no text needs (stale after a data change). */
export function coverage(content: ContentMap, texts: readonly string[]) {
  const have = new Set(Object.keys(content));
  const need = new Set(texts);
  return {
    missing: texts.filter((t) => !have.has(t) || !content[t]?.trim()),
    unused: [...have].filter((k) => !need.has(k)),
  };
}

/** Every citation in an object, in order. */
const citations = (o: unknown): Citation[] => {
  if (Array.isArray(o)) return o.flatMap(citations);
  if (o === null || typeof o !== 'object') return [];
  return Object.entries(o).flatMap(([k, v]) =>
    k === 'cite' || k === 'lngLatCite' ? (v as Citation[]) : citations(v),
  );
};

/** An operation's own translations into a language ({} where it has none). */
const own = (op: Operation, lang: (typeof OTHERS)[number]): ContentMap =>
  OPERATION_CONTENT[op.slug]?.[lang] ?? {};

describe('content translations', () => {
  test.each(OTHERS)(
    '%s: every shared text has a translation, and no shared entry is unused or stale',
    (lang) => {
      const c = coverage(SHARED_CONTENT[lang], SHARED_TEXTS);
      expect(c.missing, `${lang}: missing`).toEqual([]);
      expect(c.unused, `${lang}: unused or stale (the English text changed?)`).toEqual([]);
    },
  );

  // Translations are optional (English fallback): an operation without a translations/ folder is
  // named as English only; one with it must have every language, complete and without stale entries.
  const untranslated = OTHER_OPS.filter((o) => !OPERATION_CONTENT[o.slug]);
  for (const o of untranslated)
    test.todo(`${o.slug}: no translations/ folder, English on every language page`);

  describe.each(OTHER_OPS.filter((o) => OPERATION_CONTENT[o.slug]).map((o) => [o.slug, o] as const))(
    'operation %s',
    (slug, op) => {
      const texts = translatableTexts(op);
      test.each(OTHERS)(`${slug} · %s: every text has a translation (its own or shared)`, (lang) => {
        const c = coverage({ ...SHARED_CONTENT[lang], ...own(op, lang) }, texts);
        expect(c.missing, `${slug}/translations/${lang}.ts: missing`).toEqual([]);
      });
      test.each(OTHERS)(`${slug} · %s: its own file exists and has no unused or stale entry`, (lang) => {
        expect(OPERATION_CONTENT[slug]?.[lang], `${slug}/translations/${lang}.ts`).toBeDefined();
        const c = coverage(own(op, lang), texts);
        expect(c.unused, `${slug}/translations/${lang}.ts: unused or stale`).toEqual([]);
      });
    },
  );

  test('every translation file belongs to an operation and a language', () => {
    const slugs = OPERATIONS.map((o) => o.slug);
    for (const [slug, byLang] of Object.entries(OPERATION_CONTENT)) {
      expect(slugs, slug).toContain(slug);
      for (const lang of Object.keys(byLang))
        expect(OTHERS as readonly string[], `${slug}/${lang}`).toContain(lang);
    }
  });

  test.each(OTHERS)(
    '%s: a text translated in two files has one translation (the build merges them)',
    (lang) => {
      const sources = [SHARED_CONTENT[lang], ...Object.values(OPERATION_CONTENT).map((c) => c[lang] ?? {})];
      for (const [en, t] of Object.entries(CONTENT[lang]))
        for (const s of sources) if (en in s) expect(s[en], en).toBe(t);
    },
  );

  test('the coverage check finds a missing and a stale entry', () => {
    const c = coverage({ 'An old text': 'x', 'A text': 'y' }, ['A text', 'A new text']);
    expect(c).toEqual({ missing: ['A new text'], unused: ['An old text'] });
  });

  test.each(OTHERS)('%s: every quotation stays verbatim in the translation', (lang) => {
    for (const op of OPERATIONS)
      for (const en of translatableTexts(op, op === OPERATION ? ABOUT : undefined))
        for (const q of quotesIn(en))
          expect(CONTENT[lang][en] ?? '', `${lang}: “${q}” in ${en.slice(0, 60)}…`).toContain(`“${q}”`);
  });

  test('a quotation stays a quotation: altered words fail the check', () => {
    const en = 'Europol called it the group’s “main mouthpiece”.';
    expect(quotesIn(en)).toEqual(['main mouthpiece']);
    expect('son « principal porte-voix »').not.toContain(`“${quotesIn(en)[0]}”`);
  });

  describe.each(OPERATIONS.map((o) => [o.slug, o] as const))('localized %s', (_slug, base) => {
    test.each(LANGS)('%s: quotes, citations, sources and names stay as they are', (lang) => {
      const i18n = lang === 'en' ? i18nFor(lang) : withContent(i18nFor(lang), own(base, lang));
      const op = localizeOperation(base, i18n, i18n.content);
      expect(op.quotes.map((q) => q.text)).toEqual(base.quotes.map((q) => q.text));
      expect(op.quotes.map((q) => q.speaker)).toEqual(base.quotes.map((q) => q.speaker));
      if (lang !== 'en') for (const q of op.quotes) expect(q.translation, q.speaker).toBeTruthy();
      expect(citations(op)).toEqual(citations(base));
      expect(op.sources).toEqual(base.sources);
      expect(op.participants.map((p) => p.name)).toEqual(
        base.participants.map((p) => i18n.country(p.alpha2)),
      );
      expect(op.hub.name).toBe(i18n.hague);
      expect(op.outlets.map((o) => o.name)).toEqual(base.outlets.map((o) => o.name));
      if (lang === 'en') expect(JSON.stringify(op)).toBe(JSON.stringify(base));
      else {
        expect(op.title).not.toBe(base.title);
        expect(op.dek).not.toBe(base.dek);
        expect(op.strike.summary.text).not.toBe(base.strike.summary.text);
      }
    });
  });
});
