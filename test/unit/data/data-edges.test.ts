/**
 * Exact outputs of the small data helpers (CSV quoting, citation labels,
 * role counts, strike colouring, the README's URL lines): written to kill
 * the mutants `npm run mutate` leaves alive in src/data.
 */
import { describe, expect, test } from 'vitest';
import { citeText, citesText } from '../../../src/data/export/cite-text.ts';
import { dataReadme } from '../../../src/data/export/data-readme.ts';
import { csvField, toCsv } from '../../../src/data/export/to-csv.ts';
import { toJson } from '../../../src/data/export/to-json.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { opRoles, primaryRole, roleCounts, roleLabel } from '../../../src/data/roles.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { SOURCES } from '../../../src/data/sources.ts';
import { namedKeys } from '../../../src/data/keys.ts';
import { isStrikeId, strikeCountries } from '../../../src/data/strikes.ts';
import { slugForStrike } from '../../../src/data/pages.ts';
import type { Participant } from '../../../src/data/types.ts';

describe('CSV fields', () => {
  test('quotes a field only when it holds a comma, a quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain text; fine')).toBe('plain text; fine');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('')).toBe('');
  });

  test('a participant without an authority has an empty authority field; unconfirmed facts are marked', () => {
    const p = OPERATION.participants[0]!;
    const lone: Participant = {
      ...p,
      roles: ['servers', 'evidence'],
      authority: null,
      actions: [{ text: 'Did a thing.', cite: [{ source: 'article', paragraph: 2 }], unconfirmed: true }],
      caveats: [],
    };
    const [, row] = toCsv({ participants: [lone] }).split('\r\n');
    expect(
      row!.startsWith(`${p.alpha2},${p.numeric},${p.name},servers; evidence,,[Unconfirmed] Did a thing.,`),
    ).toBe(true);
    expect(row!.endsWith(',article ¶2')).toBe(true);
    expect(toCsv({ participants: [] })).toBe(
      'code,numeric,name,roles,authority,action,caveats,citations\r\n',
    );
  });
});

describe('citation labels', () => {
  test('the article by paragraph, or bare; a public page by publisher and link', () => {
    expect(citeText({ source: 'article', paragraph: 5 })).toBe('article ¶5');
    expect(citeText({ source: 'article' })).toBe('article');
    for (const [key, s] of Object.entries(SOURCES) as [string, { publisher: string; url?: string }][]) {
      if (key === 'article') continue;
      const text = citeText({ source: key });
      expect(text.startsWith(s.publisher), key).toBe(true);
      if (s.url) expect(text.endsWith(` <${s.url}>`), key).toBe(true);
      else expect(text, key).not.toMatch(/</);
    }
  });
  test('citesText keeps the first of each, in order, joined with "; "', () => {
    expect(
      citesText([
        { source: 'article', paragraph: 2 },
        { source: 'bbc' },
        { source: 'article', paragraph: 2 },
        { source: 'article', paragraph: 1 },
      ]),
    ).toBe(`article ¶2; ${citeText({ source: 'bbc' })}; article ¶1`);
    expect(citesText([])).toBe('');
  });
});

describe('roles', () => {
  test('labels, the primary role and the counts of the operation', () => {
    expect(roleLabel(OPERATION, 'lead')).toBe('Lead');
    expect(roleLabel(operationBySlug('2018-10-telegram')!, 'referral')).toBe('National referral unit');
    expect(roleLabel(OPERATION, 'arrest')).toBe('arrest');
    expect(opRoles(OPERATION)).toEqual(['lead', 'evidence', 'servers', 'registrars', 'hub']);
    expect(primaryRole({ roles: ['servers', 'lead'] })).toBe('servers');
    expect(primaryRole({ roles: [] })).toBe('hub');
    expect(roleCounts(OPERATION.participants)).toEqual({
      lead: 1,
      evidence: 3,
      servers: 3,
      registrars: 1,
      support: 0,
      referral: 0,
      arrest: 0,
      hub: 0,
    });
    expect(roleCounts([{ roles: ['lead', 'servers'] }, { roles: ['servers'] }])).toEqual({
      lead: 1,
      evidence: 0,
      servers: 2,
      registrars: 0,
      support: 0,
      referral: 0,
      arrest: 0,
      hub: 0,
    });
  });
});

describe('strike colouring', () => {
  test('an operation colours its participants by their roles', () => {
    for (const op of [OPERATION, operationBySlug('2017-06')!])
      expect(strikeCountries(op)).toEqual(
        op.participants.map((p) => ({ alpha2: p.alpha2, name: p.name, roles: p.roles })),
      );
    expect(strikeCountries(operationBySlug('2016-08')!)).toEqual([]);
  });
  test('isStrikeId: a year and month, yyyy-mm; slugForStrike finds the operation by its folder', () => {
    expect(isStrikeId('2017-06')).toBe(true);
    expect(isStrikeId('2019-11')).toBe(true);
    // Not a string, even one that prints as an id (['2017-06'] and an object with toString).
    for (const bad of [
      '2017-13',
      '2017-6',
      '17-06',
      '2017-06-01',
      'June',
      null,
      ['2017-06'],
      { toString: () => '2017-06' },
    ])
      expect(isStrikeId(bad), String(bad)).toBe(false);
    expect(slugForStrike('2019-11')).toBe('2019-11-telegram');
    expect(slugForStrike('2016-08')).toBe('2016-08');
    expect(slugForStrike('2017-07')).toBeUndefined();
    expect(slugForStrike('2019')).toBeUndefined();
  });
  test('namedKeys: every participant and the hub, once', () => {
    const keys = namedKeys(OPERATION);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...OPERATION.participants.map((p) => p.alpha2), 'hub']);
  });
});

describe('README and JSON downloads', () => {
  test('with a public URL the README names the map and the files; without, neither', () => {
    const withUrl = dataReadme('https://example.org/takedown/');
    expect(withUrl.split('\n').slice(0, 5)).toEqual([
      'Takedown Map: data downloads',
      '',
      'The map: https://example.org/takedown/',
      'These files: https://example.org/takedown/data/',
      '',
    ]);
    expect(dataReadme()).not.toMatch(/The map:|These files:/);
    expect(dataReadme().startsWith('Takedown Map: data downloads\n\n')).toBe(true);
  });
  test('operation.json holds the note, the operation, the tour and the sources, and ends with a newline', () => {
    const text = toJson(OPERATION);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(Object.keys(json).slice(0, 4)).toEqual(['note', 'operation', 'tour', 'sources']);
    expect(json.tour).toEqual([]);
    expect(json.operation.participants).toHaveLength(8);
  });
});
