// @vitest-environment happy-dom
/** The map key's hub entry reads like the legend's: the role's label, then the place. */
import { afterEach, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { mountMapKey } from '../../../src/panels/map-key.ts';
import { createReducer, initialState } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';

afterEach(() => document.body.replaceChildren());

const hubEntry = (slug: string): string => {
  const op = OPERATIONS.find((o) => o.slug === slug) ?? OPERATION;
  const el = document.body.appendChild(document.createElement('div'));
  mountMapKey(el, createStore(createReducer(op), initialState(undefined, null, op.strike.id)), op).destroy();
  return el.querySelector('.op-key__item--hub')!.textContent ?? '';
};

test('an operation’s own hub label comes first, as written, then the place', () => {
  expect(hubEntry('2018-10-telegram')).toBe('Host: Europol’s EU IRU, The Hague');
  expect(hubEntry('2017-06')).toBe('Europol (support), The Hague');
  expect(hubEntry('2016-08')).toBe('Europol, The Hague');
});

test('the catalogue’s hub label follows the place in lower case', () => {
  expect(hubEntry('2018-04-takedown')).toBe('The Hague, coordination hub');
  expect(hubEntry('2019-11-telegram')).toBe('The Hague, coordination hub');
});
