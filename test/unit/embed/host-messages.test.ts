import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHostMessage } from '../../../src/embed/host-messages.ts';
import { HOST_VOCAB } from '../../fixtures/app.ts';

const S = 'takedown-map';

describe('parseHostMessage()', () => {
  test.each([
    [
      { source: S, type: 'select', country: 'fr' },
      { type: 'select', selection: { kind: 'country', code: 'FR' } },
    ],
    [
      { source: S, type: 'select', country: 'FR' },
      { type: 'select', selection: { kind: 'country', code: 'FR' } },
    ],
    [
      { source: S, type: 'select', country: 'uk' },
      { type: 'select', selection: { kind: 'country', code: 'GB' } },
    ],
    [
      { source: S, type: 'select', country: 'Gb' },
      { type: 'select', selection: { kind: 'country', code: 'GB' } },
    ],
    [
      { source: S, type: 'select', country: 'hub' },
      { type: 'select', selection: { kind: 'hub' } },
    ],
    [
      { source: S, type: 'select', country: 'HUB' },
      { type: 'select', selection: { kind: 'hub' } },
    ],
    [
      { source: S, type: 'select', country: 'ro' },
      { type: 'select', selection: { kind: 'country', code: 'RO' } },
    ],
    [{ source: S, type: 'reset' }, { type: 'reset' }],
    [
      { source: S, type: 'step', step: 3 },
      { type: 'step', step: 3 },
    ],
    [Object.assign(Object.create(null) as object, { source: S, type: 'reset' }), { type: 'reset' }],
  ])('accepts %j', (input, want) => {
    expect(parseHostMessage(input, HOST_VOCAB)).toEqual(want);
  });

  const inherited = Object.create({ source: S, type: 'select', country: 'fr' }) as object;
  class Fake {
    source = S;
    type = 'reset';
  }
  const throwing = {
    source: S,
    type: 'select',
    get country(): string {
      throw new Error('boom');
    },
  };
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'pymxPYMxidxPYMxheightxPYMx10'],
    ['a JSON string', JSON.stringify({ source: S, type: 'reset' })],
    ['a number', 42],
    ['an array', [S, 'reset']],
    ['an array with fields', Object.assign([], { source: S, type: 'reset' })],
    ['wrong source', { source: 'pym', type: 'reset' }],
    ['no source', { type: 'reset' }],
    ['unknown type', { source: S, type: 'navigate', url: 'javascript:alert(1)' }],
    ['type not a string', { source: S, type: ['reset'] }],
    ['unknown country', { source: S, type: 'select', country: 'zz' }],
    ['a country the data does not name', { source: S, type: 'select', country: 'de' }],
    ['a step out of range', { source: S, type: 'step', step: 9 }],
    ['a step with a country', { source: S, type: 'step', step: 2, country: 'fr' }],
    ['a select with a step', { source: S, type: 'select', country: 'fr', step: 2 }],
    ['country name', { source: S, type: 'select', country: 'France' }],
    ['country not a string', { source: S, type: 'select', country: { toString: () => 'fr' } }],
    ['padded country', { source: S, type: 'select', country: ' fr' }],
    ['missing country', { source: S, type: 'select' }],
    ['oversized country', { source: S, type: 'select', country: 'fr'.repeat(500_000) }],
    ['an extra key', { source: S, type: 'reset', extra: 1 }],
    ['a huge extra field', { source: S, type: 'reset', junk: 'x'.repeat(1_000_000) }],
    [
      'too many keys',
      { source: S, type: 'reset', ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) },
    ],
    [
      '__proto__ key',
      JSON.parse(`{"source":"${S}","type":"select","country":"fr","__proto__":{"polluted":true}}`),
    ],
    ['constructor key', { source: S, type: 'reset', constructor: { prototype: { polluted: true } } }],
    ['inherited fields', inherited],
    ['a class instance', new Fake()],
    ['a throwing getter', throwing],
    ['a symbol key', { source: S, type: 'reset', [Symbol('x')]: 1 }],
  ])('ignores %s', (_name, input) => {
    expect(parseHostMessage(input, HOST_VOCAB)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('never throws, and only ever returns a known command', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (x) => {
        const r = parseHostMessage(x, HOST_VOCAB);
        expect(r === null || r.type === 'reset' || r.type === 'select' || r.type === 'step').toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.record({ source: fc.constant(S), type: fc.constant('select'), country: fc.string() }),
        (x) => {
          const r = parseHostMessage(x, HOST_VOCAB);
          if (r) expect(/^(?:[a-z]{2}|hub)$/i.test(x.country)).toBe(true);
        },
      ),
    );
  });
});

describe('the theme command', () => {
  test.each(['light', 'dark', 'auto'])('accepts theme %s', (theme) => {
    expect(parseHostMessage({ source: S, type: 'theme', theme }, HOST_VOCAB)).toEqual({
      type: 'theme',
      theme,
    });
  });
  test.each([
    ['no theme', { source: S, type: 'theme' }],
    ['unknown theme', { source: S, type: 'theme', theme: 'sepia' }],
    ['upper case', { source: S, type: 'theme', theme: 'DARK' }],
    ['not a string', { source: S, type: 'theme', theme: ['dark'] }],
    ['extra key', { source: S, type: 'theme', theme: 'dark', country: 'fr' }],
    ['a select key on a theme', { source: S, type: 'theme', country: 'fr' }],
    ['a theme key on a select', { source: S, type: 'select', country: 'fr', theme: 'dark' }],
    ['a theme key on a reset', { source: S, type: 'reset', theme: 'dark' }],
    ['wrong source', { source: 'other', type: 'theme', theme: 'dark' }],
    [
      'inherited type',
      Object.assign(Object.create({ type: 'theme' }) as object, { source: S, theme: 'dark' }),
    ],
  ])('rejects %s', (_name, input) => {
    expect(parseHostMessage(input, HOST_VOCAB)).toBeNull();
  });
});

describe('the lang command', () => {
  test.each(['en', 'fr', 'nl', 'de', 'ro', 'bg'])('accepts lang %s', (lang) => {
    expect(parseHostMessage({ source: S, type: 'lang', lang }, HOST_VOCAB)).toEqual({ type: 'lang', lang });
  });
  test.each([
    ['no lang', { source: S, type: 'lang' }],
    ['unknown lang', { source: S, type: 'lang', lang: 'es' }],
    ['upper case', { source: S, type: 'lang', lang: 'FR' }],
    ['a region tag', { source: S, type: 'lang', lang: 'fr-BE' }],
    ['not a string', { source: S, type: 'lang', lang: ['fr'] }],
    ['extra key', { source: S, type: 'lang', lang: 'fr', theme: 'dark' }],
    ['a lang key on a theme', { source: S, type: 'theme', theme: 'dark', lang: 'fr' }],
    ['wrong source', { source: 'other', type: 'lang', lang: 'fr' }],
    ['inherited lang', Object.assign(Object.create({ lang: 'fr' }) as object, { source: S, type: 'lang' })],
  ])('rejects %s', (_name, input) => {
    expect(parseHostMessage(input, HOST_VOCAB)).toBeNull();
  });
});
