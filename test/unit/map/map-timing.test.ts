import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { mapTiming } from '../../../src/map/map-timing.ts';
import { createReducer, initialState, type Action } from '../../../src/state/reducer.ts';

const reduce = createReducer(OPERATION);
const start = initialState(undefined, null, OPERATION.strike.id);
const after = (...actions: Action[]) => actions.reduce(reduce, start);

describe('mapTiming(): when the map is told', () => {
  test('a hover alone: now (its redraw joins the frame of the DOM hover)', () => {
    expect(mapTiming(after({ type: 'hover', key: 'FR' }), start)).toBe('now');
    const hovered = after({ type: 'hover', key: 'FR' });
    expect(mapTiming(reduce(hovered, { type: 'hover', key: null }), hovered)).toBe('now');
  });

  test('whatever the panel or the other views show changes: after the next paint', () => {
    for (const a of [
      { type: 'select', selection: { kind: 'country', code: 'FR' } },
      { type: 'select', selection: { kind: 'hub' } },
      { type: 'filter', role: 'lead' },
      { type: 'step', step: 2 },
      { type: 'attacks', show: true },
    ] as const satisfies readonly Action[])
      expect(mapTiming(reduce(start, a), start), a.type).toBe('after-paint');
  });

  test('a hover and a selection at once: after the next paint', () => {
    const s = { ...after({ type: 'select', selection: { kind: 'hub' } }), hover: 'hub' as const };
    expect(mapTiming(s, start)).toBe('after-paint');
  });

  test('a notice alone concerns the map not at all; with a hover, the hover counts', () => {
    const noticed = reduce(start, { type: 'notice', text: 'Unknown country' });
    expect(noticed).not.toBe(start);
    expect(mapTiming(noticed, start)).toBe('none');
    expect(mapTiming({ ...noticed, hover: 'BE' }, start)).toBe('now');
  });
});
