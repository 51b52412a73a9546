/**
 * The story selectors (src/state/selectors-story.ts) for a state that names
 * another campaign entry than the page's operation (the reducer never keeps
 * one, but the selectors must still say so), for a strike change, and for a
 * participant whose acting authority no source names.
 */
import { describe, expect, test } from 'vitest';
import { AUTHORITY_NOT_NAMED } from '../../../src/data/participant-notes.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import type { StrikeId } from '../../../src/data/types.ts';
import { initialState, OVERVIEW, type State } from '../../../src/state/reducer.ts';
import { announcement, cameraTarget, panelModel, tableModel } from '../../../src/state/selectors-story.ts';

const june = operationBySlug('2017-06')!;
const august = operationBySlug('2016-08')!;
const at = (strike: string, over: Partial<State> = {}): State => ({
  ...initialState(OVERVIEW, null, strike as StrikeId),
  ...over,
});

describe('a state naming another strike', () => {
  test('the table says which strike it names the countries for', () => {
    expect(tableModel(june, { strike: '2017-06' }).caption).toBe(
      'Participants and their roles, with sources',
    );
    expect(tableModel(june, { strike: '2018-04' }).caption).toBe('Countries named for 2018-04, with sources');
  });

  test("the camera frames that strike's countries (not the hub); the page's own strike frames the overview", () => {
    expect(cameraTarget(june, at('2018-04'))).toEqual({ kind: 'strike', keys: ['ES', 'US'] });
    expect(cameraTarget(june, at('2017-06'))).toEqual({ kind: 'overview' });
    expect(cameraTarget(august, at('2018-04'))).toEqual({ kind: 'overview' });
    expect(cameraTarget(june, at('2018-04', { selection: { kind: 'hub' } }))).toEqual({
      kind: 'place',
      key: 'hub',
    });
  });

  test('the panel has nothing to tell', () => {
    expect(panelModel(june, at('2018-04'))).toBeNull();
  });
});

describe('a strike change is announced with the strike, then the selection', () => {
  test('overview: the strike alone; a selection: both', () => {
    const prev = at('2016-08');
    expect(announcement(june, at('2017-06'), prev)).toBe(
      'Showing June 2017: Spain, lead; United States, support.',
    );
    expect(announcement(june, at('2017-06', { selection: { kind: 'country', code: 'ES' } }), prev)).toBe(
      'Showing June 2017: Spain, lead; United States, support. Selected Spain: Lead.',
    );
  });
});

test('a participant whose acting authority no source names says so in the table', () => {
  const us = tableModel(june, { strike: '2017-06' }).rows.find((r) => r.key === 'US')!;
  expect(us.authority.startsWith('Not named: ')).toBe(true);
  expect(us.authority).toBe(`Not named: ${AUTHORITY_NOT_NAMED.text}`);
});
