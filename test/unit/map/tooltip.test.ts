import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { tooltipText } from '../../../src/map/tooltip.ts';

describe('tooltipText()', () => {
  test('names a place with its roles in the chosen strike', () => {
    expect(tooltipText('BE', OPERATION, { strike: '2018-04' })).toBe('Belgium · Lead');
    expect(tooltipText('hub', OPERATION, { strike: '2018-04' })).toMatch(/^The Hague · /);
    expect(tooltipText('ES', OPERATION, { strike: '2017-06' })).toMatch(/^Spain · \S/);
    expect(tooltipText(null, OPERATION, { strike: '2018-04' })).toBeNull();
  });

  test('an April 2018 participant the strike does not name gets no April role', () => {
    const april = tooltipText('BG', OPERATION, { strike: '2018-04' });
    const june = tooltipText('BG', OPERATION, { strike: '2017-06' });
    expect(april).toMatch(/^Bulgaria · /);
    expect(june).toBe('Bulgaria');
  });
});
