import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { AUTHORITY_NOT_NAMED, participantNotes } from '../../../src/data/participant-notes.ts';
import { ROLE_COLOURS } from '../../../src/data/palette.ts';
import { SOURCES } from '../../../src/data/sources.ts';
import { ROLES, type Citation, type Fact } from '../../../src/data/types.ts';
import { loadTopology, sharedText } from '../../fixtures/load.ts';

/** Every object in the data that looks like a fact ({text, cite}). */
function allFacts(value: unknown, path = 'OPERATION', out: { path: string; fact: Fact }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => allFacts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') out.push({ path, fact: o as unknown as Fact });
    for (const [k, v] of Object.entries(o)) allFacts(v, `${path}.${k}`, out);
  }
  return out;
}

const paragraphs = sharedText('sources/article.txt')
  .split('\n')
  .filter((l) => l.trim() !== '');

describe('the operation data', () => {
  test('has exactly eight participants with unique alpha-2 and numeric codes', () => {
    expect(OPERATION.participants).toHaveLength(8);
    expect(new Set(OPERATION.participants.map((p) => p.alpha2)).size).toBe(8);
    expect(new Set(OPERATION.participants.map((p) => p.numeric)).size).toBe(8);
    for (const p of OPERATION.participants) expect(p.numeric).toMatch(/^\d{3}$/);
  });

  test('names the eight countries of the report', () => {
    expect(OPERATION.participants.map((p) => p.name).sort()).toEqual([
      'Belgium',
      'Bulgaria',
      'Canada',
      'France',
      'Netherlands',
      'Romania',
      'United Kingdom',
      'United States',
    ]);
  });

  test('every participant code is present in the world-atlas geometry', () => {
    const ids = new Set(loadTopology().objects.countries.geometries.map((g) => String(g.id)));
    for (const p of OPERATION.participants) expect(ids.has(p.numeric), p.name).toBe(true);
  });

  test('every role has a colour, and every participant holds at least one role', () => {
    for (const r of ROLES) expect(ROLE_COLOURS[r]).toMatch(/^#[0-9A-F]{6}$/i);
    for (const p of OPERATION.participants) expect(p.roles.length).toBeGreaterThan(0);
  });

  test('the roles follow the report: Belgium leads; FR, RO, BG evidence; NL, US, CA servers; UK registrars', () => {
    const role = (a: string) => OPERATION.participants.find((p) => p.alpha2 === a)?.roles[0];
    expect(['BE'].map(role)).toEqual(['lead']);
    expect(['FR', 'RO', 'BG'].map(role)).toEqual(['evidence', 'evidence', 'evidence']);
    expect(['NL', 'US', 'CA'].map(role)).toEqual(['servers', 'servers', 'servers']);
    expect(role('GB')).toBe('registrars');
  });

  test('every fact carries at least one citation to a known source; a research note carries none', () => {
    const facts = allFacts(OPERATION);
    expect(facts.length).toBeGreaterThan(40);
    for (const { path, fact } of facts) {
      if (fact.research) {
        expect(fact.cite, path).toEqual([]);
        continue;
      }
      expect(fact.cite?.length, path).toBeGreaterThan(0);
      for (const c of fact.cite as Citation[]) {
        expect(c.source in SOURCES, `${path}: ${c.source}`).toBe(true);
        if (c.source === 'article') expect(c.paragraph, path).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('article citations point at paragraphs that exist', () => {
    const max = paragraphs.length;
    for (const { path, fact } of allFacts(OPERATION)) {
      for (const c of fact.cite)
        if (c.source === 'article') expect(c.paragraph, path).toBeLessThanOrEqual(max);
    }
  });

  test('quotes are verbatim in the paragraph they cite', () => {
    for (const q of OPERATION.quotes) {
      const cited = q.cite.filter((c) => c.source === 'article');
      expect(cited.length).toBeGreaterThan(0);
      for (const c of cited) expect(paragraphs[c.paragraph! - 1], q.speaker).toContain(q.text);
    }
  });

  test('public sources are http(s) URLs; only the report, and pages with a stated reason, have none', () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      if (id === 'article') expect('url' in s).toBe(false);
      else if ('unlinked' in s) expect('url' in s, id).toBe(false);
      else expect((s as { url: string }).url, id).toMatch(/^https?:\/\//);
    }
  });

  test('unconfirmed authorities are not stated as fact', () => {
    for (const a of ['CA', 'FR', 'NL', 'RO', 'US']) {
      const p = OPERATION.participants.find((x) => x.alpha2 === a)!;
      expect(p.authority, a).toBeNull();
      expect(participantNotes(p)[0], a).toBe(AUTHORITY_NOT_NAMED);
    }
  });
});
