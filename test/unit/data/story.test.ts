import { describe, expect, test } from 'vitest';
import { ATTACKS_NOTE } from '../../../src/data/operations/2018-04-takedown/attacks.ts';
import { OPERATION, TOUR } from '../../../src/data/operation.ts';
import { namedCountries } from '../../../src/data/keys.ts';
import { roleCounts } from '../../../src/data/roles.ts';
import { CAMPAIGN, OPERATIONS, operationBySlug } from '../../../src/data/registry.ts';
import { sourceOf } from '../../../src/data/source-of.ts';
import { strikeCountries } from '../../../src/data/strikes.ts';
import { ROLES, STRIKE_IDS, type Citation } from '../../../src/data/types.ts';
import { facts, loadTopology, sharedText } from '../../fixtures/load.ts';

const paragraphs = sharedText('sources/article.txt')
  .split('\n')
  .filter((l) => l.trim() !== '');
const factSheet = sharedText('research/facts.md');
const STORY = [
  ...facts(TOUR, 'TOUR'),
  ...facts(CAMPAIGN, 'CAMPAIGN'),
  ...OPERATIONS.filter((o) => o !== OPERATION).flatMap((o) => facts(o, o.slug)),
  ...facts(ATTACKS_NOTE, 'ATTACKS_NOTE'),
  ...facts(OPERATION.outlets, 'OUTLETS'),
  ...facts(OPERATION.participants, 'PARTICIPANTS'),
  ...facts(OPERATION.disagreements, 'DISAGREEMENTS'),
  ...facts(OPERATION.aftermath, 'AFTERMATH'),
  ...facts(OPERATION.context, 'CONTEXT'),
  ...facts(OPERATION.summary, 'SUMMARY'),
  ...facts(OPERATION.hub, 'HUB'),
  ...facts(OPERATION.attacks, 'ATTACKS'),
];
/** The world-atlas ids (read from the topology, not through buildMapData: no map is built for a data test). */
const ids = new Set(loadTopology().objects.countries.geometries.map((g) => String(g.id)));

describe('the story data', () => {
  test('every story fact and strike country is cited to a known source and an existing paragraph', () => {
    expect(STORY.length).toBeGreaterThan(30);
    const cites: { path: string; c: Citation }[] = STORY.flatMap(({ path, fact }) => {
      if (fact.research) return [];
      expect(fact.cite.length, path).toBeGreaterThan(0);
      return fact.cite.map((c) => ({ path, c }));
    });
    for (const { path, c } of cites) {
      expect(sourceOf(c.source).publisher, path).not.toBe('Unknown source');
      if (c.source === 'article') expect(c.paragraph, path).toBeGreaterThanOrEqual(1);
      if (c.source === 'article') expect(c.paragraph, path).toBeLessThanOrEqual(paragraphs.length);
    }
  });

  test('words in “quotes” inside a fact are verbatim in a cited paragraph or in facts.md', () => {
    let checked = 0;
    for (const { path, fact } of STORY) {
      for (const [, quoted] of fact.text.matchAll(/“([^”]+)”/g)) {
        // A quotation may start lower case mid-sentence; otherwise it is character for character.
        const found = (hay: string) =>
          hay.includes(quoted!) || hay.includes(quoted![0]!.toUpperCase() + quoted!.slice(1));
        const inArticle = fact.cite.some(
          (c) => c.source === 'article' && found(paragraphs[c.paragraph! - 1]!),
        );
        expect(inArticle || found(factSheet), `${path}: “${quoted}”`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  test('June 2017 colours Spain as lead and the US as support, both in the geometry; August 2016 colours nothing', () => {
    const op = operationBySlug('2017-06')!;
    const june = strikeCountries(op);
    expect(june.map((c) => [c.alpha2, c.roles[0]])).toEqual([
      ['ES', 'lead'],
      ['US', 'support'],
    ]);
    const numeric = new Map(namedCountries(op).map((c) => [c.alpha2, c.numeric]));
    expect(numeric.get('ES')).toBe('724');
    for (const c of june) expect(ids.has(numeric.get(c.alpha2)!)).toBe(true);
    expect(strikeCountries(operationBySlug('2016-08')!)).toEqual([]);
    expect(CAMPAIGN.filter((s) => s.leadName === null).map((s) => s.id)).toEqual([
      '2015-12',
      '2016-08',
      '2018-10',
    ]);
    expect(CAMPAIGN.map((s) => s.id)).toEqual([...STRIKE_IDS]);
    expect(roleCounts(strikeCountries(OPERATION))).toMatchObject({
      lead: 1,
      evidence: 3,
      servers: 3,
      registrars: 1,
      support: 0,
    });
    expect(roleCounts(june)).toMatchObject({ lead: 1, evidence: 0, servers: 0, registrars: 0, support: 1 });
  });

  test('the tour has eight steps that reference existing keys, strikes and roles', () => {
    expect(TOUR).toHaveLength(8);
    const codes = OPERATION.participants.map((p) => p.alpha2 as string);
    for (const [i, s] of TOUR.entries()) {
      const where = `step ${i + 1}`;
      expect(s.text.length, where).toBeGreaterThan(0);
      expect(s.strike, where).toBe(OPERATION.strike.id);
      if (s.filter !== null) expect(ROLES, where).toContain(s.filter);
      if (s.select !== null && s.select !== 'hub' && s.select !== 'outlets')
        expect(codes, where).toContain(s.select);
      expect(s.frame.length, where).toBeGreaterThan(0);
      const named = new Map(namedCountries(OPERATION).map((c) => [c.alpha2 as string, c.numeric]));
      for (const k of s.frame) expect(k === 'hub' || ids.has(named.get(k)!), `${where}: ${k}`).toBe(true);
    }
    expect(TOUR.map((s) => s.select)).toEqual(['hub', 'BE', null, null, 'GB', null, 'outlets', null]);
    expect(TOUR[5]!.frame).toEqual(TOUR[0]!.frame);
  });

  test('Halumu’s later description is marked unconfirmed, and the attacks note corrects “in 2016”', () => {
    const halumu = OPERATION.outlets.find((o) => o.id === 'halumu')!;
    expect(halumu.what.some((f) => f.unconfirmed)).toBe(true);
    expect(halumu.what.some((f) => f.research)).toBe(true);
    expect(ATTACKS_NOTE[0]!.text).toMatch(/in 2016/);
    expect(ATTACKS_NOTE.some((f) => /official Islamic State statement/.test(f.text) && !f.unconfirmed)).toBe(
      true,
    );
    expect(ATTACKS_NOTE.some((f) => f.research && /no Amaq claim/.test(f.text))).toBe(true);
  });

  test('the “in 2016” note does not blame the report for Trèbes, and cites a page for every date it gives', () => {
    const note = ATTACKS_NOTE[0]!;
    expect(note.text).toMatch(/Trèbes correctly/);
    expect(note.text).not.toMatch(/Trèbes in March 2018/);
    for (const a of OPERATION.attacks) {
      const pages = [...a.cite, ...a.claims.flatMap((f) => f.cite)]
        .filter((c) => c.source !== 'article')
        .map((c) => c.source);
      expect(
        note.cite.some((c) => pages.includes(c.source)),
        a.id,
      ).toBe(true);
    }
  });

  test('the end of 2015 is an alert, and three strikes up to April 2018, as the report counts them', () => {
    expect(CAMPAIGN.filter((s) => s.kind === 'alert').map((s) => s.id)).toEqual(['2015-12']);
    expect(CAMPAIGN.filter((s) => s.kind === 'strike' && s.id <= '2018-04')).toHaveLength(3);
    expect(CAMPAIGN.filter((s) => s.kind === 'alert').every((s) => s.slug === null)).toBe(true);
    expect(paragraphs?.[9] ?? 'the third such strike').toContain('the third such strike');
  });
});
