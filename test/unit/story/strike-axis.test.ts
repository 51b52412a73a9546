import { describe, expect, test } from 'vitest';
import { strikeAxis, strikeDate } from '../../../src/story/strike-axis.ts';

describe('strikeAxis()', () => {
  const axis = strikeAxis(['2015-12', '2016-08', '2017-06', '2018-04']);
  test('spans whole years, from January 2015 to January 2019, with a tick a year', () => {
    expect(axis.ticks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(axis.ticks.map((t) => t.at)).toEqual([0, 25, 50, 75, 100]);
  });
  test('places each strike at its month, to scale', () => {
    const at = Object.fromEntries(axis.strikes.map((s) => [s.id, s.at]));
    // mid-December 2015 is just before the 2016 tick; mid-April 2018 a quarter of the way into 2018
    expect(at).toEqual({ '2015-12': 23.8, '2016-08': 40.5, '2017-06': 61.3, '2018-04': 82.1 });
    expect(axis.strikes.map((s) => s.id)).toEqual(['2015-12', '2016-08', '2017-06', '2018-04']);
  });
  test('reads yyyy-mm as the middle of that month, in UTC', () => {
    expect(strikeDate('2017-06').toISOString()).toBe('2017-06-15T00:00:00.000Z');
  });
});
