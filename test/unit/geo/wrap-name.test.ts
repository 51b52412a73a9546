/** Long place names break at the space nearest their middle (src/geo/label-size.ts wrapName). */
import { expect, test } from 'vitest';
import { wrapName } from '../../../src/geo/label-size.ts';

test('short names and names without a space stay on one line', () => {
  expect(wrapName('Belgium')).toEqual(['Belgium']);
  expect(wrapName('United States')).toEqual(['United States']);
  expect(wrapName('Liechtensteinerland')).toEqual(['Liechtensteinerland']);
});

test('a long name breaks at the space nearest its middle', () => {
  // A tie keeps the first space.
  expect(wrapName('United Kingdom of GB')).toEqual(['United', 'Kingdom of GB']);
  expect(wrapName('Bosnia and Herzegovina')).toEqual(['Bosnia and', 'Herzegovina']);
  expect(wrapName('Central African Republic')).toEqual(['Central African', 'Republic']);
  expect(wrapName('A bb ccccccccccccccccc')).toEqual(['A bb', 'ccccccccccccccccc']);
  expect(wrapName('ccccccccccccccccc bb A')).toEqual(['ccccccccccccccccc', 'bb A']);
});
