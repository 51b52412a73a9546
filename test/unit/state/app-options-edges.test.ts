/** The query flags' edges (src/app-options.ts): both spellings of a flag, anchored patterns, each flag read from its own name. */
import { expect, test } from 'vitest';
import { parseOptions } from '../../../src/app-options.ts';

test('a flag is on with 1 or true, each read from its own name', () => {
  expect(parseOptions('?embed=true&static=true&fit=true&debug=true')).toMatchObject({
    embed: true,
    static: true,
    fit: true,
    debug: true,
  });
  expect(parseOptions('?debug=1')).toMatchObject({ debug: true, embed: false, static: false, fit: false });
  expect(parseOptions('?=1')).toMatchObject({ debug: false, embed: false });
});

test('theme light, and title hidden by 0 or false', () => {
  expect(parseOptions('?theme=light').theme).toBe('light');
  expect(parseOptions('?title=false').title).toBe(false);
  expect(parseOptions('?title=0').title).toBe(false);
  expect(parseOptions('?title=').title).toBe(true);
});

test('country and strike patterns are anchored at both ends', () => {
  expect(parseOptions('?country=hub').country).toBe('hub');
  expect(parseOptions('?country=HUB').country).toBe('hub');
  expect(parseOptions('?country=xhub').country).toBeNull();
  expect(parseOptions('?country=hubx').country).toBeNull();
  expect(parseOptions('?strike=2017-06').strike).toBe('2017-06');
  expect(parseOptions('?strike=x2017-06').strike).toBeNull();
  expect(parseOptions('?strike=2017-06x').strike).toBeNull();
});
