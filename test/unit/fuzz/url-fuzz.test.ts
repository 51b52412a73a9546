import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../src/app-options.ts';
import type { Selection } from '../../../src/state/reducer.ts';
import { parseHash, serializeHash } from '../../../src/state/url-state.ts';
import { VOCAB } from '../../fixtures/app.ts';

const CODES = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];
const RUNS = 2000;

const validSelection = (s: Selection) =>
  s.kind === 'overview' || s.kind === 'hub' || (s.kind === 'country' && CODES.includes(s.code));

/** Strings that look like our hashes more often than random text does. */
const hashLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webFragments().map((f) => `#${f}`),
  fc.tuple(fc.constantFrom('country', 'hub', 'strike', 'step', 'Country', '', '%63ountry'), fc.string(), fc.constantFrom('=', '', '==', '%3D'))
    .map(([k, v, eq]) => `#${k}${eq}${v}`),
  fc.array(fc.tuple(fc.constantFrom('country', 'hub', 'x'), fc.constantFrom('fr', 'uk', 'zz', '', '%', '%E0%A4%A', '1')), { maxLength: 4 })
    .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

describe('URL parsing under fuzzing', () => {
  test('parseHash never throws and always returns a valid selection or the overview with a notice', () => {
    fc.assert(fc.property(hashLike, (hash) => {
      const r = parseHash(hash, VOCAB);
      expect(validSelection(r.selection)).toBe(true);
      if (r.notice !== null) expect(r.selection).toEqual({ kind: 'overview' });
    }), { numRuns: RUNS });
  });

  test('serializeHash ∘ parseHash is the identity on valid selections', () => {
    const selection = fc.oneof(
      fc.constant<Selection>({ kind: 'overview' }),
      fc.constant<Selection>({ kind: 'hub' }),
      fc.constantFrom(...CODES).map((code) => ({ kind: 'country', code }) as Selection),
    );
    fc.assert(fc.property(selection, (s) => {
      expect(parseHash(serializeHash(s), VOCAB)).toEqual({ selection: s, notice: null });
    }), { numRuns: 200 });
  });

  test('parseOptions never throws and only returns allowed values', () => {
    const query = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters().map((q) => `?${q}`),
      fc.dictionary(fc.constantFrom('embed', 'theme', 'static', 'fit', 'country', 'strike', 'show', 'title', 'childId', 'debug'), fc.string())
        .map((d) => '?' + new URLSearchParams(d).toString()));
    fc.assert(fc.property(query, (q) => {
      const o = parseOptions(q);
      expect(['light', 'dark', 'auto']).toContain(o.theme);
      for (const k of ['embed', 'static', 'fit', 'debug'] as const) expect(typeof o[k]).toBe('boolean');
      if (o.country !== null) expect(o.country).toMatch(/^([a-z]{2}|hub)$/);
      if (o.childId !== null) expect(o.childId).toMatch(/^[\w-]{1,64}$/);
      if (o.strike !== null) expect(o.strike).toMatch(/^\d{4}-\d{2}$/);
      expect(['map', 'panel', 'full']).toContain(o.show);
      expect(typeof o.title).toBe('boolean');
    }), { numRuns: RUNS });
  });
});

describe('step messages from a host under fuzzing', () => {
  test('parseHostMessage never throws and accepts only a whole step in range', async () => {
    const { parseHostMessage } = await import('../../../src/embed/host-messages.ts');
    const message = fc.oneof(
      fc.anything({ withNullPrototype: true, withObjectString: true }),
      fc.record({ source: fc.constantFrom('takedown-map', 'other'), type: fc.constantFrom('step', 'select'), step: fc.oneof(fc.integer(), fc.double(), fc.string()) }),
    );
    fc.assert(fc.property(message, (m) => {
      const r = parseHostMessage(m, { keys: VOCAB.keys, steps: 8 });
      if (r?.type === 'step') expect(Number.isInteger(r.step) && r.step >= 1 && r.step <= 8).toBe(true);
      else if (r !== null) expect(m).toMatchObject({ source: 'takedown-map', type: r.type });
    }), { numRuns: RUNS });
  });
});
