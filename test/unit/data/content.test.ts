/**
 * Copy-desk rules for the content (issue 11): source titles are real, an
 * absence is a research note and never a cited fact, attributed claims name
 * their speaker, and the wording the fact-check rejected does not come back.
 */
import { describe, expect, test } from 'vitest';
import { ABOUT } from '../../../src/data/about.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { ALERT } from '../../../src/data/campaign.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { sourceOf } from '../../../src/data/source-of.ts';
import { SOURCES as SHARED } from '../../../src/data/sources.ts';
import { TOUR } from '../../../src/data/operation.ts';
import type { Citation, Source } from '../../../src/data/types.ts';
import { facts, sharedText } from '../../fixtures/load.ts';

type SourceId = string;
/** Every source any page cites: the shared table and each operation's own. */
const SOURCES: Record<string, Source> = Object.assign({}, SHARED, ...OPERATIONS.map((o) => o.sources));
/** Every fact of every operation (the tour included), and the campaign's alert. */
const ALL = [...OPERATIONS.flatMap((o) => facts(o, o.slug)), ...facts(ALERT, 'ALERT')];
const factSheet = sharedText('research/facts.md');
const paragraphs =
  sharedText('sources/article.txt')
    ?.split('\n')
    .filter((l) => l.trim() !== '') ?? null;

/** Report paragraphs that give someone's account ("Europol has said", "the agency said", "It said"). */
const ATTRIBUTED = new Set(
  (paragraphs ?? []).flatMap((p, i) =>
    /\b(Europol has said|Europol said|agency said|It said)\b/.test(p) ? [i + 1] : [],
  ),
);
/** Pages that only relay Europol's statement: citing them does not make a claim independent. */
const RELAYS: readonly SourceId[] = ['europol', 'paAol'];

/** Wording that states an absence: only a research note may say it. */
const ABSENCE =
  /\b(no source|any source|sources? found|not found|we found no|not (?:named|described) (?:in|by))\b/i;

/** Every text a reader sees, as one list. */
const everyText = (): string[] => [
  ...ALL.map((x) => x.fact.text),
  ...OPERATIONS.flatMap((o) => [
    o.kicker,
    o.title,
    o.dek,
    o.credit,
    o.hub.marks,
    o.strike.label,
    o.strike.leadName ?? '',
    ...o.roles.map((r) => r.label),
    ...o.quotes.flatMap((q) => [q.text, q.speaker, q.title]),
    ...o.attacks.flatMap((a) => [a.name, a.marks]),
    ...o.tour.map((s) => s.title),
  ]),
];

describe('sources', () => {
  test.skipIf(factSheet === null)(
    'a title is the page’s real title: verbatim in facts.md, or flagged as read off the page',
    () => {
      let recorded = 0;
      for (const [id, s] of Object.entries(SOURCES) as [SourceId, unknown][]) {
        const src = sourceOf(id);
        if (src.title === undefined) {
          expect(src.titleFrom, id).toBeUndefined();
          continue;
        }
        expect(['facts', 'page'], id).toContain(src.titleFrom);
        if (src.titleFrom === 'facts') {
          expect(factSheet, `${id}: “${src.title}”`).toContain(src.title);
          recorded++;
        }
        expect(s).toBeDefined();
      }
      expect(recorded).toBeGreaterThanOrEqual(3);
    },
  );

  test('one article is one source: no two sources share an address or a La Libre article id', () => {
    const urls = Object.values(SOURCES).flatMap((s) => ('url' in s ? [s.url as string] : []));
    expect(new Set(urls).size).toBe(urls.length);
    const ids = urls.flatMap((u) => u.match(/-([0-9a-f]{24})$/)?.slice(1) ?? []);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a repost or a copy is named as one; mirrors of Wikipedia are not linked', () => {
    expect(SOURCES.europol!.publisher).toMatch(/repost/);
    expect(SOURCES.europol!.url).toContain('lockcodecybersecurity.com');
    for (const [id, s] of Object.entries(SOURCES)) {
      if (!('url' in s)) continue;
      expect(s.url, id).not.toMatch(/piglix|owiki|bahnsport|kiwix|nearbywiki\.org\/(?!detail)/);
    }
  });

  test('every source is cited somewhere, and every citation points at a source', () => {
    const cited = new Set<string>();
    const add = (cs: readonly Citation[]) => cs.forEach((c) => cited.add(c.source));
    ALL.forEach(({ fact }) => add(fact.cite));
    for (const o of OPERATIONS) {
      o.quotes.forEach((q) => add(q.cite));
      o.attacks.forEach((a) => add(a.cite));
      add(o.hub.lngLatCite);
    }
    expect([...cited].filter((id) => !(id in SOURCES))).toEqual([]);
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('facts', () => {
  test('no fact that cites a page states an absence; absences are research notes with no page', () => {
    for (const { path, fact } of ALL) {
      if (fact.research) {
        expect(fact.cite, path).toEqual([]);
        expect(fact.unconfirmed, path).toBeUndefined();
        continue;
      }
      expect(fact.text, path).not.toMatch(ABSENCE);
    }
    expect(ALL.filter((x) => x.fact.research).length).toBeGreaterThanOrEqual(5);
  });

  test('every attributed claim names its speaker in its text', () => {
    const attributed = ALL.filter((x) => !x.fact.research && x.fact.saidBy);
    expect(attributed.length).toBeGreaterThan(20);
    for (const { path, fact } of attributed)
      expect(fact.text.toLowerCase(), path).toContain(fact.saidBy!.toLowerCase());
  });

  test.skipIf(paragraphs === null)(
    'a fact resting on Europol’s account in the report (and its relays) is attributed',
    () => {
      expect([...ATTRIBUTED]).toEqual(expect.arrayContaining([1, 3, 4, 5, 6, 7, 9]));
      for (const { path, fact } of ALL) {
        if (fact.research || /\.authority$/.test(path)) continue;
        const onReport = fact.cite.some((c) => c.source === 'article' && ATTRIBUTED.has(c.paragraph ?? 0));
        const independent = fact.cite.some((c) => c.source !== 'article' && !RELAYS.includes(c.source));
        if (onReport && !independent) expect(fact.saidBy, `${path}: ${fact.text}`).toBeDefined();
      }
    },
  );

  test('the tour cites the Guardian for what French, Romanian and Bulgarian police secured', () => {
    const evidence = TOUR.find((s) => s.filter === 'evidence')!.text[0]!;
    expect(evidence.cite.map((c) => c.source)).toEqual(expect.arrayContaining(['article', 'guardian']));
  });

  test('wording the fact-check rejected does not come back', () => {
    const text = everyText().join('\n');
    for (const banned of [
      /^European and US law enforcement teams/m, // Europol's claim stated as fact (item 2)
      /soldier of the Islamic State/i, // the group's honorific (item 23)
      /short-lived/i,
      /went further/i,
      /all six countries/i, // beyond the sources (item 24)
      /Britain’s EU security commissioner/, // King's title (item 25)
      /badly destabilise/i, // "fortement" is "severely" (item 26)
      /the group’s news agency/i,
      /police in eight countries/i, // item 27
      /pro-Isis/i, // from an uncited source (item 9)
      /from its premises/i, // Eurojust's address is a location, not what it did (item 5)
      /Strikes against Amaq/i, // the alert is not a strike (item 3)
    ])
      expect(text, String(banned)).not.toMatch(banned);
  });

  test('the quoted Julian King carries his title, and Canada is in the opening line', () => {
    expect(OPERATION.quotes.find((q) => q.speaker === 'Julian King')!.title).toBe(
      'European Commissioner for the Security Union',
    );
    expect(OPERATION.summary[0]!.text).toContain('Canada');
    expect(OPERATION.dek).toMatch(/agencies in eight countries/);
  });

  test('the aftermath and the disagreements carry what facts.md records (items 19 and 21)', () => {
    const after = OPERATION.aftermath.map((f) => f.text).join(' ');
    expect(after).toMatch(/two hours/);
    expect(after).toMatch(/Charlie Winter/);
    const disagree = OPERATION.disagreements.map((f) => f.text).join(' ');
    for (const s of [
      'dozens and dozens',
      'about 30 investigators',
      'Belgium and the UK',
      'not directly involved',
    ])
      expect(disagree).toContain(s);
    const context = OPERATION.context.map((f) => f.text).join(' ');
    expect(context).toMatch(/1 May 2018/);
    expect(context).toMatch(/November 2019/);
  });
});

describe('About this map', () => {
  test('has the method, what the labels mean, sources, credits and dates', () => {
    expect(ABOUT.method.length).toBeGreaterThan(0);
    expect(ABOUT.markers.map((m) => m.label)).toEqual(
      expect.arrayContaining(['Unconfirmed', 'Not named', 'Research note']),
    );
    expect(ABOUT.credits.join(' ')).toMatch(/Natural Earth/);
    expect(ABOUT.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ABOUT.updated >= ABOUT.published).toBe(true);
  });
});
