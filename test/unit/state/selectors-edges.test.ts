/**
 * The selectors at the edges the other tests leave (issue 12's mutants):
 * unnamed land, a state on another strike, a selection the operation does
 * not name, the hub's row in the table.
 */
import { describe, expect, test } from 'vitest';
import { landKey } from '../../../src/data/keys.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { describeStrike, panelModel, tableModel } from '../../../src/state/selectors-story.ts';
import { placeView } from '../../../src/state/selectors.ts';

const june = operationBySlug('2017-06')!;

describe('placeView', () => {
  test('unnamed land is quiet, without role, pattern or dimming', () => {
    const s = { ...initialState(), roleFilter: 'lead' as const };
    expect(placeView(OPERATION, s, landKey('724'))).toEqual({
      key: '724',
      role: null,
      selected: false,
      hover: false,
      dim: false,
      quiet: true,
      patterned: false,
    });
  });
  test('a participant is patterned only in its own operation’s strike', () => {
    expect(placeView(OPERATION, initialState(), 'FR')).toMatchObject({ quiet: false, patterned: true });
    expect(placeView(OPERATION, initialState(undefined, null, '2017-06'), 'FR')).toMatchObject({
      patterned: false,
    });
  });
});

describe('panelModel and the strike’s announcement', () => {
  test('a country is its own entry, not the first participant’s', () => {
    const m = panelModel(OPERATION, initialState({ kind: 'country', code: 'FR' }));
    expect(m).toMatchObject({ kind: 'country', key: 'FR', name: 'France' });
    expect(m?.kind === 'country' && m.participant?.alpha2).toBe('FR');
  });
  test('a selected country the operation does not name has no panel', () => {
    expect(panelModel(OPERATION, initialState({ kind: 'country', code: 'ES' }))).toBeNull();
  });
  test('a strike the operation does not tell is named by its id', () => {
    expect(describeStrike(june, { strike: '2018-04' })).toContain('2018-04');
  });
});

describe('tableModel', () => {
  test("the hub's row names its bodies, separated by semicolons", () => {
    const hub = tableModel(OPERATION, { strike: '2018-04' }).rows.at(-1)!;
    expect(hub.key).toBe('hub');
    expect(hub.authority).toBe(OPERATION.hub.bodies.map((b) => b.name).join('; '));
    expect(hub.authority).toContain('; ');
  });
});
