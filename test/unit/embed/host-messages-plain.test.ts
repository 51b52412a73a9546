/**
 * parseHostMessage and normalizeCountry in plain tests, one assertion list
 * per rule. host-messages.test.ts has the full table and the fuzzing, but in
 * the mutation run, mutants only its `test.each` cases catch (a select read
 * as a step) survived: Stryker's per-test filter does not seem to run cases
 * named by their JSON. These plain tests carry the mutation run.
 */
import { expect, test } from 'vitest';
import { parseHostMessage } from '../../../src/embed/host-messages.ts';
import type { NamedKey } from '../../../src/data/types.ts';
import { normalizeCountry } from '../../../src/state/normalize-country.ts';
import { HOST_VOCAB } from '../../fixtures/app.ts';

const S = 'takedown-map';
const parse = (data: unknown) => parseHostMessage(data, HOST_VOCAB);

test('each command type, exactly as documented', () => {
  expect(parse({ source: S, type: 'select', country: 'fr' })).toEqual({
    type: 'select',
    selection: { kind: 'country', code: 'FR' },
  });
  expect(parse({ source: S, type: 'select', country: 'hub' })).toEqual({
    type: 'select',
    selection: { kind: 'hub' },
  });
  expect(parse({ source: S, type: 'reset' })).toEqual({ type: 'reset' });
  expect(parse({ source: S, type: 'step', step: 1 })).toEqual({ type: 'step', step: 1 });
  expect(parse({ source: S, type: 'step', step: HOST_VOCAB.steps })).toEqual({
    type: 'step',
    step: HOST_VOCAB.steps,
  });
  expect(parse({ source: S, type: 'theme', theme: 'dark' })).toEqual({ type: 'theme', theme: 'dark' });
  expect(parse({ source: S, type: 'lang', lang: 'ro' })).toEqual({ type: 'lang', lang: 'ro' });
});

test('not a plain object, another prototype, or inherited fields: null', () => {
  for (const data of [
    null,
    undefined,
    'reset',
    42,
    [S, 'reset'],
    Object.assign([], { source: S, type: 'reset' }),
  ])
    expect(parse(data), JSON.stringify(data)).toBeNull();
  class Fake {
    source = S;
    type = 'reset';
  }
  expect(parse(new Fake())).toBeNull();
  expect(parse(Object.create({ source: S, type: 'reset' }))).toBeNull();
});

test('extra, missing or misnamed keys: null', () => {
  expect(parse({ source: S, type: 'reset', step: 1 })).toBeNull();
  expect(parse({ source: S, type: 'select', country: 'fr', extra: 1 })).toBeNull();
  expect(parse({ source: S, type: 'select' })).toBeNull();
  expect(parse({ source: S, type: 'step', stop: 1 })).toBeNull();
  expect(parse({ source: S, type: 'select', country: 'fr', [Symbol('x')]: 1 })).toBeNull();
  expect(parse({ source: 'other', type: 'reset' })).toBeNull();
  expect(parse({ source: S, type: 'jump' })).toBeNull();
});

test('values out of range: null', () => {
  for (const step of [0, HOST_VOCAB.steps + 1, 1.5, '1', null])
    expect(parse({ source: S, type: 'step', step }), String(step)).toBeNull();
  expect(parse({ source: S, type: 'theme', theme: 'blue' })).toBeNull();
  expect(parse({ source: S, type: 'lang', lang: 'xx' })).toBeNull();
  expect(parse({ source: S, type: 'select', country: 'de' })).toBeNull();
});

test('normalizeCountry: alpha-2 in any case, uk for GB, hub, nothing around them', () => {
  const keys: NamedKey[] = ['FR', 'GB', 'hub'];
  expect(normalizeCountry('fr', keys)).toBe('FR');
  expect(normalizeCountry('Fr', keys)).toBe('FR');
  expect(normalizeCountry('uk', keys)).toBe('GB');
  expect(normalizeCountry('HUB', keys)).toBe('hub');
  expect(normalizeCountry('hub', ['FR'])).toBeNull();
  for (const raw of ['xhub', 'hubx', 'hu', 'xfr', 'frx', ' fr', 'f', '', 'de', 12, null, undefined, 'hubs'])
    expect(normalizeCountry(raw, keys), String(raw)).toBeNull();
});
