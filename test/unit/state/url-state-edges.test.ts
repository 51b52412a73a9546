/**
 * The URL hash and the one country reader at their edges (issue 12, mutants
 * left alive by the other tests): no hash at all, a '#' inside the text,
 * values and keys that do not decode, a vocabulary with several strikes, the
 * first and last step. Plain tests (no test.each) so each runs under Stryker.
 */
import { describe, expect, test } from 'vitest';
import type { NamedKey } from '../../../src/data/types.ts';
import { normalizeCountry } from '../../../src/state/normalize-country.ts';
import { OVERVIEW } from '../../../src/state/reducer.ts';
import { parseHash, type HashVocabulary } from '../../../src/state/url-state.ts';

const KEYS: NamedKey[] = ['BE', 'FR', 'GB', 'hub'];
const VOCAB: HashVocabulary = { keys: KEYS, strikes: ['2018-04'], steps: 3 };
const BAD = { selection: OVERVIEW, notice: expect.stringMatching(/overview/) };
const read = (hash: string, vocab = VOCAB) => parseHash(hash, vocab);

describe('parseHash(): edges', () => {
  test('no hash at all (undefined, null) is the overview without a notice, and does not throw', () => {
    expect(read(undefined as unknown as string)).toStrictEqual({ selection: OVERVIEW, notice: null });
    expect(read(null as unknown as string)).toStrictEqual({ selection: OVERVIEW, notice: null });
  });

  test('only a leading # is dropped; one inside a value makes it unreadable', () => {
    expect(read('country=fr').selection).toEqual({ kind: 'country', code: 'FR' });
    expect(read('country=f#r')).toEqual(BAD);
    expect(read('#country=f#r')).toEqual(BAD);
    expect(read('##hub')).toEqual(BAD);
  });

  test('a value that does not decode is refused under every key, hub and outlets included', () => {
    for (const key of ['hub', 'outlets', 'country', 'step', 'strike'])
      expect(read(`#${key}=%E0%A4%A`), key).toEqual(BAD);
  });

  test('a key that does not decode is refused, with or without a value', () => {
    expect(read('#%E0%A4%A')).toEqual(BAD);
    expect(read('#%E0%A4%A=fr')).toEqual(BAD);
    expect(read('#%68ub')).toEqual({ selection: { kind: 'hub' }, notice: null });
  });

  test('an empty country is refused; a + inside a value is a space', () => {
    expect(read('#country=f+r')).toEqual(BAD);
    expect(read('#country=')).toEqual(BAD);
    expect(read('#country= ')).toEqual(BAD);
  });

  test('a strike is read when it is any of the ones the vocabulary names', () => {
    const two: HashVocabulary = { ...VOCAB, strikes: ['2017-06', '2018-04'] };
    expect(read('#strike=2018-04', two)).toStrictEqual({
      selection: OVERVIEW,
      notice: null,
      strike: '2018-04',
    });
    expect(read('#strike=2017-06', two)).toStrictEqual({
      selection: OVERVIEW,
      notice: null,
      strike: '2017-06',
    });
    expect(read('#strike=2016-08', two)).toEqual(BAD);
    // A strike's id under another key is not a strike.
    expect(read('#foo=2018-04', two)).toEqual(BAD);
  });

  test('steps from the first to the last, not one past either end', () => {
    expect(read('#step=1')).toStrictEqual({ selection: OVERVIEW, notice: null, step: 1 });
    expect(read('#step=3')).toStrictEqual({ selection: OVERVIEW, notice: null, step: 3 });
    expect(read('#step=0')).toEqual(BAD);
    expect(read('#step=4')).toEqual(BAD);
    expect(read('#step=1.0')).toEqual(BAD);
    expect(read('#step=-1')).toEqual(BAD);
  });
});

describe('normalizeCountry(): edges', () => {
  test('"hub" exactly, in any case, and only when the keys have it', () => {
    expect(normalizeCountry('hub', KEYS)).toBe('hub');
    expect(normalizeCountry('hUb', KEYS)).toBe('hub');
    for (const raw of ['xhub', 'hubx', 'hu', 'h ub', 'hub\n'])
      expect(normalizeCountry(raw, KEYS), raw).toBeNull();
    expect(normalizeCountry('hub', ['FR'])).toBeNull();
  });

  test('two letters exactly, in any case; uk is GB', () => {
    expect(normalizeCountry('fR', KEYS)).toBe('FR');
    expect(normalizeCountry('Uk', KEYS)).toBe('GB');
    for (const raw of ['f', 'fra', 'xfr', 'frx', 'f1', '12', 'fr\n', 'é', 'be'.repeat(1000)])
      expect(normalizeCountry(raw, KEYS), raw).toBeNull();
  });

  test('a country the keys do not have is null, also through an alias', () => {
    expect(normalizeCountry('de', KEYS)).toBeNull();
    expect(normalizeCountry('uk', ['FR', 'hub'])).toBeNull();
  });

  test('not a string is null, even one that prints as a code', () => {
    for (const raw of [null, undefined, 42, ['fr'], { toString: () => 'fr' }, { toString: () => 'hub' }])
      expect(normalizeCountry(raw, KEYS)).toBeNull();
  });
});
