/**
 * `npm run check-data`: every real operation passes, and broken operations
 * are rejected with a message that names the file, the path in the data and
 * how to fix it. Each case breaks one thing in a copy of a real operation.
 */
import { describe, expect, test } from 'vitest';
import { baseContext, checkAll } from '../../../build/check-data.ts';
import { checkOperation, problemText, type CheckContext } from '../../../src/data/check/check-operation.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';

const base = baseContext();
const JUNE = operationBySlug('2017-06')!;
const NOV = operationBySlug('2019-11-telegram')!;
const ctx = (folder: string, files: string[] = ['index.ts']): CheckContext => ({ ...base, folder, files });
const check = (op: unknown, c = ctx(JUNE.slug)) => checkOperation(op, c);

describe('check-data over the real operations', () => {
  test('every operation folder is valid', () => {
    const all = checkAll(base);
    expect(all.map((r) => r.slug)).toEqual([
      '2016-08',
      '2017-06',
      '2018-04-takedown',
      '2018-10-telegram',
      '2019-11-telegram',
    ]);
    for (const r of all) expect(r.problems.map(problemText), r.slug).toEqual([]);
  });
  test('the verbatim checks have texts to check against (the report, facts.md, docs/research)', () => {
    expect(base.texts.length).toBeGreaterThanOrEqual(3);
    expect(base.articleParagraphs).toBeGreaterThan(10);
  });
});

describe('check-data rejects broken data with file, path and fix', () => {
  const cases: [string, () => unknown, RegExp, RegExp, RegExp?][] = [
    [
      'an unknown country code',
      () => ({ ...JUNE, participants: [{ ...JUNE.participants[0]!, alpha2: 'XX' }] }),
      /^participants\[0\]\.alpha2$/,
      /ISO alpha-2 code the data knows/,
    ],
    [
      'a numeric code not in the geometry',
      () => ({ ...JUNE, participants: [{ ...JUNE.participants[0]!, numeric: '999' }] }),
      /^participants\[0\]\.numeric$/,
      /not a country in the world-atlas geometry/,
      /zero-padded/,
    ],
    [
      'a duplicate country',
      () => ({ ...JUNE, participants: [JUNE.participants[0]!, JUNE.participants[0]!] }),
      /^participants\[1\]$/,
      /code ES is also used by participants\[0\]/,
      /list each country once/,
    ],
    [
      'a fact without a citation',
      () => ({ ...JUNE, summary: [{ text: 'Something happened.', cite: [] }] }),
      /^summary\[0\]/,
      /at least one citation|Invalid input/,
    ],
    [
      'a citation to an unknown source',
      () => ({ ...JUNE, summary: [{ text: 'Something happened.', cite: [{ source: 'nowhere' }] }] }),
      /^summary\[0\]\.cite\[0\]\.source$/,
      /unknown source "nowhere"/,
      /sources\.ts/,
    ],
    [
      'a paragraph the report does not have',
      () => ({
        ...JUNE,
        summary: [{ text: 'Something happened.', cite: [{ source: 'article', paragraph: 99 }] }],
      }),
      /^summary\[0\]\.cite\[0\]\.paragraph$/,
      /paragraph 99 of "article" does not exist/,
    ],
    [
      'a passage that is not in any source text',
      () => ({
        ...NOV,
        summary: [
          { text: 'X.', cite: [{ source: 'europeDiplomatic', passage: 'Nobody ever wrote these words.' }] },
        ],
      }),
      /^summary\[0\]\.cite\[0\]\.passage$/,
      /not found verbatim/,
      /copy the passage exactly/,
    ],
    [
      'a quote that is not verbatim',
      () => ({
        ...JUNE,
        quotes: [
          {
            text: 'We did it all by ourselves.',
            speaker: 'A',
            title: 'B',
            cite: [{ source: 'article', paragraph: 2 }],
          },
        ],
      }),
      /^quotes\[0\]\.text$/,
      /not found verbatim/,
    ],
    [
      'a role the operation does not declare',
      () => ({ ...JUNE, participants: [{ ...JUNE.participants[0]!, roles: ['evidence'] }] }),
      /^participants\[0\]\.roles\[0\]$/,
      /role "evidence" is not in the operation's roles/,
      /add \{ role: 'evidence'/,
    ],
    [
      'roles whose colours look alike',
      () => ({
        ...JUNE,
        roles: [
          { role: 'referral', label: 'R' },
          { role: 'hub', label: 'H' },
          { role: 'servers', label: 'S' },
        ],
        participants: [],
      }),
      /^roles$/,
      /look alike/,
      /palette\.ts/,
    ],
    [
      'no hub role',
      () => ({ ...JUNE, roles: JUNE.roles.filter((r) => r.role !== 'hub') }),
      /^roles$/,
      /the hub role is not declared/,
    ],
    ['an impossible date', () => ({ ...JUNE, start: '2017-02-30' }), /^start$/, /not a real calendar date/],
    [
      'an end before the start',
      () => ({ ...JUNE, start: '2017-07', end: '2017-06' }),
      /^start$/,
      /is after end/,
    ],
    [
      'a slug unlike its folder',
      () => ({ ...JUNE, slug: '2017-06-other' }),
      /^slug$/,
      /differs from its folder "2017-06"/,
    ],
    [
      'a misspelt field',
      () => ({ ...JUNE, partcipants: [] }),
      /^\(the operation\)$|^participants$/,
      /Unrecognized key|expected array/,
    ],
    [
      'a missing field',
      () => {
        const { credit: _, ...rest } = JUNE;
        return rest;
      },
      /^credit$/,
      /expected string|Invalid input/,
      /add the field "credit"/,
    ],
    [
      'a tour step that frames a country the operation does not name',
      () => ({
        ...JUNE,
        tour: [{ title: 'T', text: [], select: null, strike: '2017-06', filter: null, frame: ['FR'] }],
      }),
      /^tour\[0\]\.frame\[0\]$/,
      /frames FR, which is not a participant/,
    ],
    [
      'a source id that another table already uses',
      () => ({ ...JUNE, sources: { europol: { publisher: 'X', about: 'Y' } } }),
      /^sources\.europol$/,
      /already used by another table/,
    ],
  ];
  for (const [name, make, path, message, fix] of cases) {
    test(name, () => {
      const problems = check(make());
      expect(problems.length, JSON.stringify(problems, null, 1)).toBeGreaterThan(0);
      const p = problems.find((x) => path.test(x.path) && message.test(x.message));
      expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(p!.file).toMatch(/^src\/data\/operations\/[^/]+\/[a-z-]+\.ts$/);
      expect(p!.fix.length).toBeGreaterThan(10);
      if (fix) expect(p!.fix).toMatch(fix);
      expect(problemText(p!)).toContain(`${p!.file} › ${p!.path}: `);
    });
  }

  test('a problem points at the file that holds the field, when the folder has one', () => {
    const op = { ...JUNE, participants: [{ ...JUNE.participants[0]!, numeric: '999' }] };
    const [p] = check(op, ctx('2017-06', ['index.ts', 'participants.ts', 'roles.ts']));
    expect(p!.file).toBe('src/data/operations/2017-06/participants.ts');
    const [q] = check({ ...JUNE, start: '2017-02-30' }, ctx('2017-06', ['index.ts', 'facts.ts']));
    expect(q!.file).toBe('src/data/operations/2017-06/facts.ts');
  });

  test('the unbroken copy passes, so each case fails for its own reason', () => {
    expect(check(structuredClone<Operation>(JUNE))).toEqual([]);
  });
});
