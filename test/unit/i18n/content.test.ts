/**
 * Content translations (src/i18n/content/<lang>.ts), keyed by the English
 * text: every text of ours has every language, no entry is stale or unused,
 * quotations stay verbatim (in the translations and in the localized
 * operation), and citations are never touched.
 */
import { describe, expect, test } from 'vitest';
import { ABOUT } from '../../../src/data/about.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { AUTHORITY_NOT_NAMED } from '../../../src/data/participant-notes.ts';
import type { Citation } from '../../../src/data/types.ts';
import { CONTENT, i18nFor } from '../../../src/i18n/all-locales.ts';
import { LANGS } from '../../../src/i18n/langs.ts';
import { CAMPAIGN } from '../../../src/data/registry.ts';
import { localizeOperation, translatableTexts, type ContentMap } from '../../../src/i18n/localize.ts';

/**
 * Content translations are scoped to the default operation (the one that has them); the other
 * operations fall back to English and show the English text. TODO(merge): the entries of the
 * 2016-08 and 2017-06 campaign entries and Europol's alert (translated when they were strikes of
 * the default operation) are kept for the timeline; decide whether the timeline and those pages use them.
 */
const TEXTS = translatableTexts(OPERATION, ABOUT, [AUTHORITY_NOT_NAMED.text]);
const CAMPAIGN_TEXTS = new Set(
  CAMPAIGN.flatMap((s) => [s.label, s.summary.text, ...s.details.map((d) => d.text), s.leadName ?? '']),
);
const OTHERS = LANGS.filter((l) => l !== 'en');
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

describe('content translations', () => {
  test.each(OTHERS)('%s: every text has a translation, and no entry is unused or stale', (lang) => {
    const c = coverage(CONTENT[lang], TEXTS);
    expect(c.missing, `${lang}: missing`).toEqual([]);
    expect(
      c.unused.filter((t) => !CAMPAIGN_TEXTS.has(t)),
      `${lang}: unused or stale (the English text changed?)`,
    ).toEqual([]);
  });

  test('the coverage check finds a missing and a stale entry', () => {
    const c = coverage({ 'An old text': 'x', 'A text': 'y' }, ['A text', 'A new text']);
    expect(c).toEqual({ missing: ['A new text'], unused: ['An old text'] });
  });

  test.each(OTHERS)('%s: every quotation stays verbatim in the translation', (lang) => {
    for (const en of TEXTS)
      for (const q of quotesIn(en))
        expect(CONTENT[lang][en] ?? '', `${lang}: “${q}” in ${en.slice(0, 60)}…`).toContain(`“${q}”`);
  });

  test('a quotation stays a quotation: altered words fail the check', () => {
    const en = 'Europol called it the group’s “main mouthpiece”.';
    expect(quotesIn(en)).toEqual(['main mouthpiece']);
    expect('son « principal porte-voix »').not.toContain(`“${quotesIn(en)[0]}”`);
  });

  test.each(LANGS)('%s: the localized operation keeps quotes, citations and names as they are', (lang) => {
    const i18n = i18nFor(lang);
    const op = localizeOperation(OPERATION, i18n, i18n.content);
    expect(op.quotes.map((q) => q.text)).toEqual(OPERATION.quotes.map((q) => q.text));
    expect(op.quotes.map((q) => q.speaker)).toEqual(OPERATION.quotes.map((q) => q.speaker));
    if (lang !== 'en') for (const q of op.quotes) expect(q.translation, q.speaker).toBeTruthy();
    expect(citations(op)).toEqual(citations(OPERATION));
    expect(op.participants.map((p) => p.name)).toEqual(
      OPERATION.participants.map((p) => i18n.country(p.alpha2)),
    );
    expect(op.hub.name).toBe(i18n.hague);
    expect(op.outlets.map((o) => o.name)).toEqual(OPERATION.outlets.map((o) => o.name));
    if (lang === 'en') expect(JSON.stringify(op)).toBe(JSON.stringify(OPERATION));
    else expect(op.summary[0]!.text).not.toBe(OPERATION.summary[0]!.text);
  });
});
