import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { tooltipText } from '../../../src/map/tooltip.ts';

describe('tooltipText()', () => {
  test('names a place with its roles, in the operation’s own labels', () => {
    expect(tooltipText('BE', OPERATION, { strike: '2018-04' })).toBe('Belgium · Lead');
    expect(tooltipText('hub', OPERATION, { strike: '2018-04' })).toBe('The Hague · Coordination hub');
    const june = operationBySlug('2017-06')!;
    expect(tooltipText('US', june, { strike: '2017-06' })).toBe('United States · Support');
    expect(tooltipText('hub', june, { strike: '2017-06' })).toBe('The Hague · Europol (support)');
    expect(tooltipText(null, OPERATION, { strike: '2018-04' })).toBeNull();
  });

  test('a country the operation does not name gets no tooltip', () => {
    expect(tooltipText('ES', OPERATION, { strike: '2018-04' })).toBeNull();
    expect(tooltipText('BG', operationBySlug('2017-06')!, { strike: '2017-06' })).toBeNull();
  });
});
