import { describe, expect, test } from 'vitest';
import { OVERVIEW, initialState, type Selection } from '../../../src/state/reducer.ts';
import { reducer, VOCAB } from '../../fixtures/app.ts';
import { parseHash, serializeHash } from '../../../src/state/url-state.ts';

const CODES = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];

describe('parseHash()', () => {
  const ok: [string, Selection][] = [
    ['', OVERVIEW],
    ['#', OVERVIEW],
    ['#country=fr', { kind: 'country', code: 'FR' }],
    ['#country=FR', { kind: 'country', code: 'FR' }],
    ['#Country=Fr', { kind: 'country', code: 'FR' }],
    ['#country=uk', { kind: 'country', code: 'GB' }],
    ['#country=gb', { kind: 'country', code: 'GB' }],
    ['#country=%62%65', { kind: 'country', code: 'BE' }],
    ['#hub', { kind: 'hub' }],
    ['#hub=1', { kind: 'hub' }],
  ];
  for (const [hash, selection] of ok) {
    test(`reads ${JSON.stringify(hash)}`, () =>
      expect(parseHash(hash, VOCAB)).toEqual({ selection, notice: null }));
  }

  const bad = [
    '#country=zz',
    '#country=de',
    '#country=hub',
    '#country=',
    '#country=%E0%A4%A',
    '#foo=bar',
    '#hub=no',
    '#<script>',
    `#country=${'x'.repeat(500)}`,
    '#country=fr%00',
  ];
  for (const hash of bad) {
    test(`shows the overview with a notice for ${JSON.stringify(hash.slice(0, 40))}`, () => {
      const r = parseHash(hash, VOCAB);
      expect(r.selection).toEqual(OVERVIEW);
      expect(r.notice).toMatch(/overview/);
    });
  }

  test('serializeHash ∘ parseHash is the identity on every valid selection', () => {
    const all: Selection[] = [
      OVERVIEW,
      { kind: 'hub' },
      ...CODES.map((code) => ({ kind: 'country', code }) as Selection),
    ];
    for (const s of all) expect(parseHash(serializeHash(s), VOCAB).selection).toEqual(s);
  });

  test('serializes countries in lower case', () => {
    expect(serializeHash({ kind: 'country', code: 'GB' })).toBe('#country=gb');
    expect(serializeHash({ kind: 'hub' })).toBe('#hub');
    expect(serializeHash(OVERVIEW)).toBe('');
  });
});

describe('reducer()', () => {
  test('selecting clears the notice', () => {
    const s = reducer(initialState(OVERVIEW, 'bad link'), { type: 'select', selection: { kind: 'hub' } });
    expect(s.selection).toEqual({ kind: 'hub' });
    expect(s.notice).toBeNull();
  });
  test('returns the same object when nothing changes', () => {
    const s = initialState();
    expect(reducer(s, { type: 'select', selection: OVERVIEW })).toBe(s);
    expect(reducer(s, { type: 'hover', key: null })).toBe(s);
    expect(reducer(s, { type: 'filter', role: null })).toBe(s);
  });
  test('sets the legend filter and hover', () => {
    const s = reducer(reducer(initialState(), { type: 'filter', role: 'servers' }), {
      type: 'hover',
      key: 'FR',
    });
    expect(s.roleFilter).toBe('servers');
    expect(s.hover).toBe('FR');
  });
});
