import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../src/app-options.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { parseHostMessage } from '../../../src/embed/host-messages.ts';
import { TOUR } from '../../../src/data/operation.ts';
import type { Selection } from '../../../src/state/reducer.ts';
import { parseHash, serializeHash } from '../../../src/state/url-state.ts';
import { VOCAB } from '../../fixtures/app.ts';

/** Every country the operation names: the key vocabulary of its page. */
const CODES = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];
const RUNS = 2000;
/** Every key of the hash contract (README): each must be reached, with valid and invalid values. */
const KEYS = ['country', 'hub', 'outlets', 'strike', 'step'] as const;

const validSelection = (s: Selection) =>
  s.kind === 'overview' ||
  s.kind === 'hub' ||
  s.kind === 'outlets' ||
  (s.kind === 'country' && CODES.includes(s.code));

/** Values for a key: valid ones (any case, aliases, encoded) and near misses. */
const valueFor = (key: (typeof KEYS)[number]) => {
  const valid = {
    country: fc.constantFrom(...CODES, ...CODES.map((c) => c.toLowerCase()), 'uk', 'Uk', '%66%72'),
    hub: fc.constantFrom('', '1'),
    outlets: fc.constantFrom('', '1'),
    strike: fc.constant(OPERATION.strike.id),
    step: fc.integer({ min: 1, max: TOUR.length }).map(String),
  }[key];
  const nearMiss = fc.constantFrom(
    'zz',
    'de',
    'es',
    '2017-06',
    '0',
    '00',
    '-1',
    String(TOUR.length + 1),
    '2017-6',
    '2018-04x',
    '%',
    '%E0%A4%A',
    'no',
    ' ',
    '1.5',
    '01',
  );
  return fc.oneof(valid, nearMiss, fc.string({ maxLength: 6 }));
};
/** One key, with '=' and a value or bare. */
const part = fc.constantFrom(...KEYS).chain((key) =>
  fc.oneof(
    fc.constant(key),
    valueFor(key).map((v) => `${key}=${v}`),
    fc
      .constantFrom(key.toUpperCase(), `%${key.charCodeAt(0).toString(16)}${key.slice(1)}`)
      .chain((k) => valueFor(key).map((v) => `${k}=${v}`)),
  ),
);
/** Hashes built from the contract's keys, one to three parts. */
const contractHash = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => `#${parts.join('&')}`);

/** Strings that look like our hashes more often than random text does. */
const hashLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webFragments().map((f) => `#${f}`),
  fc
    .tuple(
      fc.constantFrom('country', 'hub', 'strike', 'step', 'Country', '', '%63ountry'),
      fc.string(),
      fc.constantFrom('=', '', '==', '%3D'),
    )
    .map(([k, v, eq]) => `#${k}${eq}${v}`),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('country', 'hub', 'x'),
        fc.constantFrom('fr', 'uk', 'zz', '', '%', '%E0%A4%A', '1'),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  contractHash,
);

describe('URL parsing under fuzzing', () => {
  test('parseHash never throws and always returns a valid selection or the overview with a notice', () => {
    fc.assert(
      fc.property(hashLike, (hash) => {
        const r = parseHash(hash, VOCAB);
        expect(validSelection(r.selection)).toBe(true);
        if (r.notice !== null) expect(r.selection).toEqual({ kind: 'overview' });
      }),
      { numRuns: RUNS },
    );
  });

  test('hashes over every key of the contract reach every outcome, and each result is valid', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(contractHash, (hash) => {
        const r = parseHash(hash, VOCAB);
        expect(validSelection(r.selection)).toBe(true);
        if (r.notice !== null) {
          expect(r).toEqual({ selection: { kind: 'overview' }, notice: r.notice });
          reached.add('notice');
          return;
        }
        reached.add(r.selection.kind);
        if (r.strike !== undefined) {
          expect(r.strike).toBe(OPERATION.strike.id);
          reached.add('strike');
        }
        if (r.step !== undefined) {
          expect(Number.isInteger(r.step) && r.step >= 1 && r.step <= TOUR.length).toBe(true);
          reached.add('step');
        }
      }),
      { numRuns: RUNS },
    );
    expect([...reached].sort()).toEqual([
      'country',
      'hub',
      'notice',
      'outlets',
      'overview',
      'step',
      'strike',
    ]);
  });

  test('serializeHash ∘ parseHash is the identity on valid selections', () => {
    const selection = fc.oneof(
      fc.constant<Selection>({ kind: 'overview' }),
      fc.constant<Selection>({ kind: 'hub' }),
      fc.constant<Selection>({ kind: 'outlets' }),
      fc.constantFrom(...CODES).map((code) => ({ kind: 'country', code }) as Selection),
    );
    fc.assert(
      fc.property(selection, (s) => {
        expect(parseHash(serializeHash(s), VOCAB)).toEqual({ selection: s, notice: null });
      }),
      { numRuns: 200 },
    );
  });

  test('parseOptions never throws and only returns allowed values', () => {
    const query = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc
        .dictionary(
          fc.constantFrom(
            'embed',
            'theme',
            'static',
            'fit',
            'country',
            'strike',
            'show',
            'title',
            'childId',
            'debug',
          ),
          fc.string(),
        )
        .map((d) => '?' + new URLSearchParams(d).toString()),
    );
    fc.assert(
      fc.property(query, (q) => {
        const o = parseOptions(q);
        expect(['light', 'dark', 'auto']).toContain(o.theme);
        for (const k of ['embed', 'static', 'fit', 'debug'] as const) expect(typeof o[k]).toBe('boolean');
        if (o.country !== null) expect(o.country).toMatch(/^([a-z]{2}|hub)$/);
        if (o.childId !== null) expect(o.childId).toMatch(/^[\w-]{1,64}$/);
        if (o.strike !== null) expect(o.strike).toMatch(/^\d{4}-\d{2}$/);
        expect(['map', 'panel', 'full']).toContain(o.show);
        expect(typeof o.title).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('step messages from a host under fuzzing', () => {
  test('parseHostMessage never throws and accepts only a whole step in range', () => {
    const message = fc.oneof(
      fc.anything({ withNullPrototype: true, withObjectString: true }),
      fc.record({
        source: fc.constantFrom('takedown-map', 'other'),
        type: fc.constantFrom('step', 'select'),
        step: fc.oneof(fc.integer(), fc.double(), fc.string()),
      }),
    );
    fc.assert(
      fc.property(message, (m) => {
        const r = parseHostMessage(m, { keys: VOCAB.keys, steps: 8 });
        if (r?.type === 'step') expect(Number.isInteger(r.step) && r.step >= 1 && r.step <= 8).toBe(true);
        else if (r !== null) expect(m).toMatchObject({ source: 'takedown-map', type: r.type });
      }),
      { numRuns: RUNS },
    );
  });
});
