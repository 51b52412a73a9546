/**
 * check-data's pure part (src/data/check/check-operation.ts) rule by rule, on
 * copies of the June 2017 operation with a light context (no source texts,
 * so the verbatim checks are off unless a test gives texts): which file a
 * problem points at, the text normalization, the schema's fixes and each
 * invariant's message.
 */
import { describe, expect, test } from 'vitest';
import {
  checkOperation,
  fileFor,
  invariantProblems,
  normalizeText,
  problemText,
  type CheckContext,
  type DataProblem,
} from '../../../src/data/check/check-operation.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { SOURCES } from '../../../src/data/sources.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { ROLE_COLOURS } from '../../../src/data/palette.ts';
import { ROLE_PATTERNS, type PatternKind } from '../../../src/data/patterns.ts';
import type { Operation, Role } from '../../../src/data/types.ts';

const JUNE = operationBySlug('2017-06')!;
const NOV = operationBySlug('2019-11-telegram')!;
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  folder: '2017-06',
  files: ['index.ts'],
  geometryIds: new Set(JUNE.participants.map((p) => p.numeric)),
  sharedSources: SOURCES,
  texts: [],
  articleParagraphs: 20,
  ...over,
});
const invariants = (op: Operation, c = ctx()) => invariantProblems(op, c);
const one = (problems: DataProblem[], path: string): DataProblem => {
  const found = problems.filter((p) => p.path === path);
  expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return found[0]!;
};

describe('fileFor', () => {
  const ALL = [
    'index.ts',
    'facts.ts',
    'participants.ts',
    'roles.ts',
    'hub.ts',
    'quotes.ts',
    'outlets.ts',
    'tour.ts',
    'attacks.ts',
    'sources.ts',
    'framing.ts',
  ];
  test('each field points at its own file when the folder has it', () => {
    const own: [string, string][] = [
      ['participants', 'participants.ts'],
      ['roles', 'roles.ts'],
      ['hub', 'hub.ts'],
      ['quotes', 'quotes.ts'],
      ['outlets', 'outlets.ts'],
      ['outletsNote', 'outlets.ts'],
      ['tour', 'tour.ts'],
      ['attacks', 'attacks.ts'],
      ['attacksNote', 'attacks.ts'],
      ['sources', 'sources.ts'],
      ['framing', 'framing.ts'],
      ['summary', 'facts.ts'],
    ];
    for (const [key, file] of own)
      expect(fileFor(key, { folder: 'x', files: ALL }), key).toBe(`src/data/operations/x/${file}`);
  });
  test('else facts.ts when there is one, else index.ts', () => {
    expect(fileFor('participants', { folder: 'x', files: ['index.ts', 'facts.ts'] })).toBe(
      'src/data/operations/x/facts.ts',
    );
    expect(fileFor('summary', { folder: 'x', files: ['index.ts'] })).toBe('src/data/operations/x/index.ts');
    expect(fileFor('tour', { folder: 'x', files: [] })).toBe('src/data/operations/x/index.ts');
  });
});

describe('normalizeText', () => {
  test("collapses whitespace, trims, and drops the research notes' quote markers at line starts only", () => {
    expect(normalizeText('  a \n\t b  ')).toBe('a b');
    expect(normalizeText('> first\n>second\n  >  third')).toBe('first second third');
    expect(normalizeText('a > b')).toBe('a > b');
    expect(normalizeText('>>b')).toBe('>b');
  });
});

describe('schema problems and their fixes', () => {
  test('an unknown field: remove or rename it', () => {
    const problems = checkOperation({ ...JUNE, partcipants: [], colour: 'red' }, ctx());
    const p = problems.find((x) => x.fix.startsWith('remove or rename'))!;
    expect(p.fix).toBe(
      'remove or rename "partcipants", "colour" (allowed fields are listed in src/data/schema.ts)',
    );
    expect(p.path).toBe('(the operation)');
    expect(p.file).toBe('src/data/operations/2017-06/index.ts');
  });
  test('a missing field: add it', () => {
    const { dek: _, ...rest } = JUNE;
    const [p] = checkOperation(rest, ctx());
    expect(p!.path).toBe('dek');
    expect(p!.fix).toBe(
      'add the field "dek" (see src/data/schema.ts and the template in src/data/operations/_template/)',
    );
  });
  test("a value of the wrong type is a wrong value, not a missing field; zod's own words in brackets", () => {
    const [p] = checkOperation({ ...JUNE, title: 42 }, ctx());
    expect(p!.path).toBe('title');
    expect(p!.message).not.toMatch(/^must/);
    expect(p!.fix).toBe(`correct the value at title (${p!.message})`);
  });
  test("no operation at all is a wrong value of the whole, in the folder's index.ts", () => {
    const problems = checkOperation(undefined, ctx());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: '(the operation)',
      file: 'src/data/operations/2017-06/index.ts',
    });
    expect(problems[0]!.fix).toBe(`correct the value at (the operation) (${problems[0]!.message})`);
  });
  test('a missing nested field names the field itself', () => {
    const { name: _, ...rest } = JUNE.participants[0]!;
    const [p] = checkOperation({ ...JUNE, participants: [rest] }, ctx({ files: ['index.ts', 'facts.ts'] }));
    expect(p).toMatchObject({ path: 'participants[0].name', file: 'src/data/operations/2017-06/facts.ts' });
    expect(p!.fix).toMatch(/^add the field "name" /);
  });
  test("a wrong value: 'correct the value at …: it' + the schema's own words", () => {
    const [p] = checkOperation({ ...JUNE, start: '17 June' }, ctx());
    expect(p!.path).toBe('start');
    expect(p!.message).toBe('must be a date written yyyy-mm-dd (or yyyy-mm for a month)');
    expect(p!.fix).toBe(
      'correct the value at start: it must be a date written yyyy-mm-dd (or yyyy-mm for a month)',
    );
  });
  test('a nested path is written with dots and brackets, and points at the file of its top-level field', () => {
    const op = { ...JUNE, participants: [{ ...JUNE.participants[0]!, numeric: '56' }] };
    const [p] = checkOperation(op, ctx({ files: ['index.ts', 'participants.ts'] }));
    expect(p!.path).toBe('participants[0].numeric');
    expect(p!.file).toBe('src/data/operations/2017-06/participants.ts');
    expect(problemText(p!)).toBe(
      `src/data/operations/2017-06/participants.ts › participants[0].numeric: ${p!.message}.\n    Fix: ${p!.fix}.`,
    );
  });
  test('not an object at all: one problem for the whole operation', () => {
    const problems = checkOperation(null, ctx());
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.path).toBe('(the operation)');
    expect(problems[0]!.file).toBe('src/data/operations/2017-06/index.ts');
  });
});

describe('each invariant points at the file that holds its field', () => {
  const FILES = ['index.ts', 'participants.ts', 'roles.ts', 'tour.ts', 'sources.ts', 'quotes.ts'];
  const fileOf = (op: unknown, path: string, over: Partial<CheckContext> = {}) =>
    invariants(op as Operation, ctx({ files: FILES, ...over })).find((p) => p.path === path)?.file;
  const at = (name: string) => `src/data/operations/2017-06/${name}`;
  test('participants, roles, tour, sources and quotes each in their own file', () => {
    const [es, us] = JUNE.participants;
    expect(
      fileOf({ ...JUNE, participants: [es!, { ...us!, numeric: es!.numeric }] }, 'participants[1]'),
    ).toBe(at('participants.ts'));
    expect(fileOf(JUNE, 'participants[1].numeric', { geometryIds: new Set([es!.numeric]) })).toBe(
      at('participants.ts'),
    );
    expect(fileOf({ ...JUNE, roles: [...JUNE.roles, JUNE.roles[0]!] }, `roles[${JUNE.roles.length}]`)).toBe(
      at('roles.ts'),
    );
    expect(fileOf({ ...JUNE, roles: JUNE.roles.filter((r) => r.role !== 'hub') }, 'roles')).toBe(
      at('roles.ts'),
    );
    expect(
      fileOf({ ...JUNE, roles: [...JUNE.roles, { role: 'servers', label: 'S' }], participants: [] }, 'roles'),
    ).toBe(at('roles.ts'));
    const step = { title: 'T', text: [], select: 'FR', strike: '2016-08', filter: null, frame: ['FR'] };
    for (const path of ['tour[0].select', 'tour[0].frame[0]', 'tour[0].strike'])
      expect(fileOf({ ...JUNE, tour: [step] }, path), path).toBe(at('tour.ts'));
    const own = { publisher: 'P', about: 'A' };
    expect(
      fileOf({ ...JUNE, sources: { mine: own } }, 'sources.mine', { otherSourceIds: new Set(['mine']) }),
    ).toBe(at('sources.ts'));
    const quote = [
      { text: 'Words nobody wrote down.', speaker: 'S', title: 'T', cite: [{ source: 'guardian' }] },
    ];
    expect(fileOf({ ...JUNE, quotes: quote }, 'quotes[0].text', { texts: ['Other words.'] })).toBe(
      at('quotes.ts'),
    );
    expect(
      fileOf(
        { ...JUNE, quotes: [{ ...quote[0]!, cite: [{ source: 'nowhere' }] }] },
        'quotes[0].cite[0].source',
      ),
    ).toBe(at('quotes.ts'));
  });
});

describe('invariants, one message each', () => {
  test('the copy as it is passes', () => {
    expect(invariants(structuredClone<Operation>(JUNE))).toEqual([]);
  });

  test('a campaign id unlike the slug', () => {
    const p = one(invariants({ ...JUNE, strike: { ...JUNE.strike, id: '2017-07' } }), 'strike.id');
    expect(p.message).toBe("campaign id 2017-07 does not match the slug's month (2017-06)");
    expect(p.fix).toBe('give strike.id the yyyy-mm the slug starts with');
  });

  test('a slug unlike its folder, and a start after the end', () => {
    const problems = invariants({
      ...JUNE,
      slug: '2017-06-x',
      start: '2017-08',
      end: '2017-07',
    });
    expect(one(problems, 'slug').fix).toBe('set slug to "2017-06" or rename the folder');
    expect(one(problems, 'start')).toMatchObject({
      message: 'start 2017-08 is after end 2017-07',
      fix: 'swap start and end, or correct one of them',
    });
  });

  test('a numeric code used twice, and one the geometry does not have', () => {
    const [es, us] = JUNE.participants;
    const problems = invariants(
      { ...JUNE, participants: [es!, { ...us!, numeric: es!.numeric }] },
      ctx({ geometryIds: new Set(['724']) }),
    );
    expect(one(problems, 'participants[1]').message).toBe(
      `${us!.name}: code ${es!.numeric} is also used by participants[0]`,
    );
    const missing = invariants(JUNE, ctx({ geometryIds: new Set([es!.numeric]) }));
    expect(one(missing, 'participants[1].numeric').message).toBe(
      `${us!.name}: numeric code ${us!.numeric} is not a country in the world-atlas geometry`,
    );
  });

  test('a role declared twice', () => {
    const roles = [...JUNE.roles, JUNE.roles[0]!];
    const problems = invariants({ ...JUNE, roles });
    const twice = problems.find((p) => p.message === `role "${JUNE.roles[0]!.role}" is declared twice`);
    expect(twice).toMatchObject({ path: `roles[${JUNE.roles.length}]`, fix: 'declare each role once' });
  });

  test('a role missing from the roles names the roles there are', () => {
    const op = { ...JUNE, participants: [{ ...JUNE.participants[0]!, roles: ['arrest'] }] } as Operation;
    const p = one(invariants(op), 'participants[0].roles[0]');
    expect(p.fix).toBe(
      `add { role: 'arrest', label: '…' } to roles, or use one of ${JUNE.roles.map((r) => r.role).join(', ')}`,
    );
  });

  test('two country roles with the same pattern', () => {
    const op = {
      ...JUNE,
      roles: [...JUNE.roles.filter((r) => r.role !== 'support'), { role: 'servers', label: 'S' }],
      participants: [],
    } as unknown as Operation;
    // lead (solid) beside servers (dots): different patterns; servers beside support would share "dots".
    expect(invariants(op).some((p) => p.message.includes('share the pattern'))).toBe(false);
    const shared = invariants({
      ...JUNE,
      roles: [...JUNE.roles, { role: 'servers', label: 'S' }],
      participants: [],
    } as unknown as Operation).find((p) => p.message.includes('share the pattern'));
    expect(shared).toMatchObject({
      path: 'roles',
      message: 'roles "support" and "servers" share the pattern "dots"',
      fix: 'give one of them another pattern in ROLE_PATTERNS (src/data/patterns.ts)',
    });
  });

  test('a tour step that selects a stranger, frames one, or tells another strike', () => {
    const step = { title: 'T', text: [], select: 'FR', strike: '2016-08', filter: null, frame: ['ES', 'FR'] };
    const problems = invariants({ ...JUNE, tour: [step] } as unknown as Operation);
    expect(one(problems, 'tour[0].select')).toMatchObject({
      message: 'step "T" selects FR, which is not a participant',
      fix: 'select a participant, hub, outlets or null',
    });
    expect(one(problems, 'tour[0].frame[1]').message).toBe('step "T" frames FR, which is not a participant');
    expect(one(problems, 'tour[0].strike')).toMatchObject({
      message: 'step "T" tells 2016-08, not this operation (2017-06)',
      fix: "set strike to '2017-06'",
    });
    const fine = [
      { ...step, select: null, strike: '2017-06', frame: ['hub'] },
      { ...step, select: 'outlets', strike: '2017-06', frame: [] },
      { ...step, select: 'hub', strike: '2017-06', frame: ['ES', 'US'] },
    ];
    expect(invariants({ ...JUNE, tour: fine } as unknown as Operation)).toEqual([]);
  });

  test("placeholder text from the template, at its path, in its field's file", () => {
    const op = { ...JUNE, participants: [{ ...JUNE.participants[0]!, name: 'Replace: the country' }] };
    const p = one(invariants(op, ctx({ files: ['index.ts', 'participants.ts'] })), 'participants[0].name');
    expect(p).toEqual({
      file: 'src/data/operations/2017-06/participants.ts',
      path: 'participants[0].name',
      message: 'placeholder text from the template is still here',
      fix: 'write the real text, with its source',
    });
    expect(invariants({ ...JUNE, title: 'Not to Replace: this' })).toEqual([]);
  });

  test('a source id of its own that another table uses', () => {
    const own = { publisher: 'P', about: 'A', url: 'https://example.org/' };
    const p = one(
      invariants({ ...JUNE, sources: { mine: own } }, ctx({ otherSourceIds: new Set(['mine']) })),
      'sources.mine',
    );
    expect(p.fix).toBe('give this source a new id, or cite the existing one');
    expect(invariants({ ...JUNE, sources: { mine: own } }, ctx({ otherSourceIds: new Set() }))).toEqual([]);
  });

  test('citations: known sources only, paragraphs only of the report and within it', () => {
    const fact = (cite: object) => [{ text: 'X.', cite: [cite] }];
    const unknown = one(
      invariants({ ...JUNE, summary: fact({ source: 'own' }) } as Operation),
      'summary[0].cite[0].source',
    );
    expect(unknown.message).toBe('unknown source "own"');
    expect(
      invariants({
        ...JUNE,
        sources: { own: { publisher: 'P', about: 'A' } },
        summary: fact({ source: 'own' }),
      } as Operation),
    ).toEqual([]);
    const notReport = one(
      invariants({ ...JUNE, summary: fact({ source: 'guardian', paragraph: 1 }) } as Operation),
      'summary[0].cite[0].paragraph',
    );
    expect(notReport).toMatchObject({
      message: 'paragraph 1 of "guardian" does not exist',
      fix: 'paragraphs are only for the report ("article"), 1–20',
    });
    expect(invariants({ ...JUNE, summary: fact({ source: 'article', paragraph: 20 }) } as Operation)).toEqual(
      [],
    );
    expect(
      invariants({ ...JUNE, summary: fact({ source: 'article', paragraph: 21 }) } as Operation),
    ).toHaveLength(1);
  });

  test("a citation is an object with a source under a cite path; the operation's own sources table is not walked", () => {
    const withNote = {
      ...JUNE,
      summary: [{ text: 'X.', cite: [{ source: 'article' }], note: { source: 'nowhere' } }],
    };
    expect(invariants(withNote as unknown as Operation)).toEqual([]);
    const underCite = {
      ...JUNE,
      summary: [{ text: 'X.', cite: [{ source: 'article' }, { publisher: 'P' }] }],
    };
    expect(invariants(underCite as unknown as Operation)).toEqual([]);
    const ownTable = {
      ...JUNE,
      sources: { mine: { publisher: 'P', about: 'A', cite: { source: 'nowhere' } } },
    };
    expect(invariants(ownTable as unknown as Operation)).toEqual([]);
  });

  test('passages and quotes verbatim in the texts, ignoring whitespace, quote markers, ellipses and end punctuation', () => {
    const texts = ['The report says:\n> Police hit   the servers hard, and then\n> the agency went quiet.'];
    const cite = (passage: string) => [{ text: 'X.', cite: [{ source: 'guardian', passage }] }];
    expect(invariants({ ...JUNE, summary: cite('Police hit the servers hard') }, ctx({ texts }))).toEqual([]);
    const p = one(
      invariants({ ...JUNE, summary: cite('Police hit the servers softly') }, ctx({ texts })),
      'summary[0].cite[0].passage',
    );
    expect(p.fix).toBe(
      'copy the passage exactly from the page and record it in docs/research/ beside its URL',
    );
    const quote = (text: string) => [{ text, speaker: 'S', title: 'T', cite: [{ source: 'guardian' }] }];
    const ok = invariants(
      { ...JUNE, quotes: quote('Police hit the servers hard, … the agency went quiet.') },
      ctx({ texts }),
    );
    expect(ok).toEqual([]);
    const bad = one(
      invariants(
        { ...JUNE, quotes: quote('Police hit the servers hard... the agency went loud.') },
        ctx({ texts }),
      ),
      'quotes[0].text',
    );
    expect(bad).toMatchObject({
      message: 'quote by S is not found verbatim in the report or facts.md',
      fix: 'copy the words exactly as the source has them',
    });
    // Without texts the verbatim checks are off.
    expect(invariants({ ...JUNE, quotes: quote('Anything at all, really.') })).toEqual([]);
  });
});

describe('the palette guards (a palette passed in; the real one passes them)', () => {
  const withColours = (over: Partial<Record<Role, string>>) =>
    invariants(JUNE, ctx({ roleColours: { ...ROLE_COLOURS, ...over } }));

  test('the palette of src/data/palette.ts passes, passed in or not', () => {
    expect(withColours({})).toEqual([]);
  });

  test('two roles alike under one simulated deficiency only: that one is named, with its ΔE00', () => {
    // Orange and olive: ΔE00 44 in normal vision, under 1 for deuteranopia, 12 for protanopia, 33 for tritanopia.
    expect(withColours({ lead: '#E0623A', support: '#8A9A2E' })).toEqual([
      {
        file: 'src/data/operations/2017-06/index.ts',
        path: 'roles',
        message: 'roles "lead" and "support" look alike (deuteranopia: ΔE00 0.3 < 10)',
        fix: 'show only roles whose palette colours are distinguishable, or change one colour in src/data/palette.ts',
      },
    ]);
  });

  test('a role like the land of one theme, in normal vision and every simulated deficiency', () => {
    const problems = withColours({ hub: '#3A3D42' });
    expect(problems.map((p) => p.message)).toEqual([
      'role "hub" looks like the dark land (normal: ΔE00 2.7)',
      'role "hub" looks like the dark land (protanopia: ΔE00 2.4)',
      'role "hub" looks like the dark land (deuteranopia: ΔE00 2.8)',
      'role "hub" looks like the dark land (tritanopia: ΔE00 3.5)',
    ]);
    expect(problems[0]).toMatchObject({ path: 'roles[2]', fix: 'change its colour in src/data/palette.ts' });
  });
});

describe('more invariants at their edges', () => {
  test('April 2018 passes as it is (null authorities and tour filters are walked over, not into)', () => {
    const c = ctx({
      folder: OPERATION.slug,
      geometryIds: new Set(OPERATION.participants.map((p) => p.numeric)),
    });
    expect(invariants(OPERATION, c)).toEqual([]);
  });

  test('the campaign id is compared with the month of a long slug', () => {
    const p = one(
      invariants({ ...NOV, strike: { ...NOV.strike, id: '2019-12' } }, ctx({ folder: NOV.slug })),
      'strike.id',
    );
    expect(p.message).toBe("campaign id 2019-12 does not match the slug's month (2019-11)");
    expect(p.file).toBe(`src/data/operations/${NOV.slug}/index.ts`);
  });

  test('a code used twice is reported once, at the second participant', () => {
    const [es] = JUNE.participants;
    const problems = invariants({ ...JUNE, participants: [es!, es!] });
    expect(problems.map((p) => p.path)).toEqual(['participants[1]', 'participants[1]']);
    expect(problems.map((p) => p.message)).toEqual([
      `${es!.name}: code ${es!.alpha2} is also used by participants[0]`,
      `${es!.name}: code ${es!.numeric} is also used by participants[0]`,
    ]);
  });

  test('patterns: only country roles are compared (the hub is drawn as a dot, not a fill)', () => {
    const withPatterns = (over: Partial<Record<Role, PatternKind>>) =>
      invariants(JUNE, ctx({ rolePatterns: { ...ROLE_PATTERNS, ...over } }));
    expect(withPatterns({})).toEqual([]);
    expect(withPatterns({ hub: ROLE_PATTERNS.lead })).toEqual([]);
    expect(withPatterns({ support: ROLE_PATTERNS.lead })).toEqual([
      {
        file: 'src/data/operations/2017-06/index.ts',
        path: 'roles',
        message: `roles "lead" and "support" share the pattern "${ROLE_PATTERNS.lead}"`,
        fix: 'give one of them another pattern in ROLE_PATTERNS (src/data/patterns.ts)',
      },
    ]);
  });
});

describe('quotes and passages: how a quote is cut at its ellipses', () => {
  const texts = ['The report says:\n> Police hit   the servers hard, and then\n> the agency went quiet.'];
  const quote = (text: string) => [{ text, speaker: 'S', title: 'T', cite: [{ source: 'guardian' }] }];
  const quoteProblems = (text: string, t = texts) =>
    invariants({ ...JUNE, quotes: quote(text) }, ctx({ texts: t }));

  test('an ellipsis with or without spaces around it cuts the quote; each part must be verbatim', () => {
    for (const text of [
      'Police hit the servers hard,… the agency went quiet.',
      'Police hit the servers hard, …the agency went quiet.',
      'Police hit the servers hard...the agency went quiet.',
    ])
      expect(quoteProblems(text), text).toEqual([]);
  });

  test('the words next to an ellipsis are part of the quote: a changed one is found', () => {
    for (const text of [
      'Police hit the servers harder… the agency went quiet.',
      'Police hit the servers hard, …Then the agency went quiet.',
    ])
      expect(
        quoteProblems(text).map((p) => p.path),
        text,
      ).toEqual(['quotes[0].text']);
  });

  test('parts shorter than ten characters, not counting spaces, are not checked (a "Yes" between ellipses)', () => {
    expect(quoteProblems('Zq… Police hit the servers hard')).toEqual([]);
    expect(quoteProblems('          Zq… Police hit the servers hard')).toEqual([]);
    // Ten characters are checked.
    expect(quoteProblems('Zqzqzqzqzq… Police hit the servers hard').map((p) => p.path)).toEqual([
      'quotes[0].text',
    ]);
  });

  test("a part's end punctuation (a comma or full stop) is not checked", () => {
    const t = ['Police hit the servers hard and the agency went quiet for a while'];
    expect(quoteProblems('Police hit the servers hard, … the agency went quiet.', t)).toEqual([]);
    expect(
      quoteProblems('Police hit the servers hard; … the agency went quiet.', t).map((p) => p.path),
    ).toEqual(['quotes[0].text']);
  });

  test('without texts, passages are not checked either', () => {
    const cite = [{ text: 'X.', cite: [{ source: 'guardian', passage: 'Not in any text at all' }] }];
    expect(invariants({ ...JUNE, summary: cite }, ctx({ texts: [] }))).toEqual([]);
  });
});
