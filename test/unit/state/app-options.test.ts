import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../src/app-options.ts';

describe('parseOptions()', () => {
  test('defaults: full page, automatic theme, interactive', () => {
    expect(parseOptions('')).toEqual({ embed: false, theme: 'auto', static: false, fit: false, country: null, childId: null, debug: false });
  });
  test('reads every render flag', () => {
    expect(parseOptions('?embed=1&theme=dark&static=1&fit=1&country=FR&childId=graphic-1')).toEqual({
      embed: true, theme: 'dark', static: true, fit: true, country: 'fr', childId: 'graphic-1', debug: false,
    });
  });
  test('ignores malformed values', () => {
    expect(parseOptions('?embed=yes&theme=<b>&country=france&childId=a%20b')).toMatchObject({ embed: false, theme: 'auto', country: null, childId: null });
  });
});
