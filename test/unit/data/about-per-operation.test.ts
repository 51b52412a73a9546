/**
 * "About this map" on each operation's page describes that operation's own
 * sources, in every language: not the April 2018 news report where the page
 * does not cite it.
 */
import { describe, expect, test } from 'vitest';
import { inLanguage } from '../../../build/page-text.ts';
import { ABOUT, UNCONFIRMED_ELSEWHERE, aboutOf } from '../../../src/data/about.ts';
import { dataNote } from '../../../src/data/export/cite-text.ts';
import { dataReadme } from '../../../src/data/export/data-readme.ts';
import { toJson } from '../../../src/data/export/to-json.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';
import { LANGS } from '../../../src/i18n/langs.ts';

/** How the About's method names each source a page cites (the hub's coordinates, like the outlines, are credited elsewhere). */
const NAMED_AS: Readonly<Record<string, RegExp>> = {
  article: /news report.*“article ¶N”/,
  europol: /Europol’s press release of 27 April 2018.*repost/,
  laGaceta: /La Gaceta’s report in Spanish of 29 April 2018/,
  europolRad2018: /Europol’s press release of 5 October 2018/,
  europolTelegram: /Europol’s release/,
  hurriyet: /Hürriyet Daily News \(Anadolu\)/,
  europeDiplomatic: /Europe Diplomatic/,
  politieBe: /Belgian federal police/,
  nuNl: /NU\.nl/,
  france3: /France 3 Hauts-de-France \(AFP\)/,
};
const NOT_IN_ABOUT = new Set(['worldForum']);

/** Every source id the operation cites anywhere. */
function citedSources(op: Operation): Set<string> {
  const ids = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'cite' || k === 'lngLatCite') && Array.isArray(x))
          for (const c of x as { source: string }[]) ids.add(c.source);
        else if (k !== 'sources') visit(x);
      }
  };
  visit(op);
  return ids;
}

const others = OPERATIONS.filter((op) => op.slug !== OPERATION.slug);

describe('About this map, per operation', () => {
  test('the April 2018 page keeps the shared About (its news report is the starting point)', () => {
    expect(aboutOf(OPERATION)).toBe(ABOUT);
    expect(ABOUT.method[0]).toMatch(/news report of April 2018/);
  });

  for (const op of others)
    test(`${op.slug}: names every source the page cites, and the April 2018 report only where it is one`, () => {
      const method = aboutOf(op).method.join(' ');
      expect(aboutOf(op)).not.toBe(ABOUT);
      const cited = [...citedSources(op)].filter((s) => !NOT_IN_ABOUT.has(s));
      expect(cited.length).toBeGreaterThan(0);
      for (const s of cited) {
        expect(NAMED_AS[s], `a way to name source '${s}' in NAMED_AS`).toBeDefined();
        expect(method, s).toMatch(NAMED_AS[s]!);
      }
      if (!cited.includes('article')) expect(method).not.toMatch(/news report|article ¶N/);
      expect(method).not.toMatch(/The starting point is a news report of April 2018/);
      // The April 2018 page's corrections are about its own facts.
      expect(aboutOf(op).corrections).toEqual([]);
    });

  test('"Unconfirmed" is explained only where the page marks a fact so, and never as applying a source to 2018 elsewhere', () => {
    const meaning = (op: Operation) => aboutOf(op).markers.find((m) => m.label === 'Unconfirmed')?.meaning;
    expect(meaning(OPERATION)).toMatch(/applies a later source to 2018/);
    const marked = others.filter((op) => JSON.stringify(op).includes('"unconfirmed":true'));
    expect(marked.map((op) => op.slug)).toEqual(['2017-06']);
    for (const op of others) {
      expect(meaning(op), op.slug).toBe(marked.includes(op) ? UNCONFIRMED_ELSEWHERE : undefined);
      // The other markers stay: the panels of every page can say "Not named" or give a research note.
      expect(aboutOf(op).markers.map((m) => m.label)).toEqual([
        ...(marked.includes(op) ? ['Unconfirmed'] : []),
        'Not named',
        'Research note',
      ]);
    }
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const about = inLanguage(
        others.find((op) => op.slug === '2017-06')!,
        lang,
      ).about;
      const translated = about.markers.map((m) => m.meaning);
      expect(translated, lang).not.toContain(UNCONFIRMED_ELSEWHERE);
      expect(translated.join(' '), lang).not.toMatch(/2018/);
    }
  });

  test('the pages of October 2018 and November 2019 do not mention the April 2018 report at all', () => {
    for (const slug of ['2018-10-telegram', '2019-11-telegram']) {
      const op = others.find((o) => o.slug === slug)!;
      expect(aboutOf(op).method.join(' ')).not.toMatch(/April 2018|article ¶/);
    }
  });

  for (const lang of LANGS.filter((l) => l !== 'en'))
    test(`${lang}: each page's About is translated, with the source names untouched`, () => {
      const april = inLanguage(OPERATION, lang).about.method;
      for (const op of others) {
        const { about } = inLanguage(op, lang);
        const en = aboutOf(op).method;
        expect(about.method).toHaveLength(en.length);
        // Every paragraph translated (none left in English); the page's own, not the April 2018 page's.
        about.method.forEach((m, i) => expect(m, `${op.slug} ¶${i + 1}`).not.toBe(en[i]));
        expect(april).not.toContain(about.method[0]);
        for (const name of [
          'La Gaceta',
          'Hürriyet Daily News (Anadolu)',
          'Europe Diplomatic',
          'NU.nl',
          '“article ¶N”',
        ])
          if (en.join(' ').includes(name))
            expect(about.method.join(' '), `${op.slug}: ${name}`).toContain(name);
      }
    });

  test('the downloads carry the page’s own About (operation.json and README.txt)', () => {
    const august = others.find((o) => o.slug === '2016-08')!;
    expect(JSON.parse(toJson(august)).about.method).toEqual(aboutOf(august).method);
    const { about } = inLanguage(august, 'en');
    expect(dataReadme(undefined, about)).toContain(aboutOf(august).method[0]);
    expect(dataReadme(undefined, about)).not.toContain(ABOUT.method[0]);
  });

  test('the downloads’ data note names the April 2018 report only on the pages that cite it', () => {
    for (const op of OPERATIONS) {
      const note = dataNote(op);
      if (citedSources(op).has('article')) expect(note, op.slug).toMatch(/news report of April 2018/);
      else expect(note, op.slug).not.toMatch(/April 2018|article ¶/);
      expect(dataReadme(undefined, aboutOf(op), undefined, op), op.slug).toContain(note);
    }
    expect(OPERATIONS.filter((op) => !citedSources(op).has('article')).map((op) => op.slug)).toEqual([
      '2018-10-telegram',
      '2019-11-telegram',
    ]);
  });
});
