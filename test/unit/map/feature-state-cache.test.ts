import { describe, expect, test } from 'vitest';
import { featureStateCache } from '../../../src/map/feature-state-cache.ts';

describe('featureStateCache()', () => {
  test('a feature is told once per state: again only when a value changes', () => {
    const c = featureStateCache();
    expect(c.changed('countries', 'FR', { selected: false, hover: false })).toBe(true);
    expect(c.changed('countries', 'FR', { selected: false, hover: false })).toBe(false);
    expect(c.changed('countries', 'FR', { hover: false, selected: false })).toBe(false);
    expect(c.changed('countries', 'FR', { selected: true, hover: false })).toBe(true);
    expect(c.changed('countries', 'FR', { selected: true, hover: false })).toBe(false);
    expect(c.changed('countries', 'FR', { selected: false, hover: false })).toBe(true);
  });

  test('features and sources are kept apart', () => {
    const c = featureStateCache();
    expect(c.changed('countries', 'FR', { dim: false })).toBe(true);
    expect(c.changed('countries', 'BE', { dim: false })).toBe(true);
    expect(c.changed('labels', 'FR', { dim: false })).toBe(true);
    expect(c.changed('labels', 'FR', { dim: false })).toBe(false);
  });

  test('a record with another set of keys is a change', () => {
    const c = featureStateCache();
    c.changed('countries', 'ES', { shown: false });
    expect(c.changed('countries', 'ES', { shown: false, dim: false })).toBe(true);
    expect(c.changed('countries', 'ES', { dim: false })).toBe(true);
    expect(c.changed('countries', 'ES', { shown: false })).toBe(true);
    expect(c.changed('countries', 'ES', { strikeRole: 'lead' })).toBe(true);
    expect(c.changed('countries', 'ES', { strikeRole: 'none' })).toBe(true);
  });

  test('the record is a copy: mutating the object passed does not change what was told', () => {
    const c = featureStateCache();
    const state = { selected: false };
    c.changed('countries', 'FR', state);
    state.selected = true;
    expect(c.changed('countries', 'FR', { selected: true })).toBe(true);
  });

  test('clear() forgets everything: every feature is told again', () => {
    const c = featureStateCache();
    c.changed('countries', 'FR', { selected: true });
    c.changed('hub', 'hub', { selected: false });
    c.clear();
    expect(c.changed('countries', 'FR', { selected: true })).toBe(true);
    expect(c.changed('hub', 'hub', { selected: false })).toBe(true);
  });
});
