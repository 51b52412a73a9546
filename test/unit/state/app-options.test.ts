import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../src/app-options.ts';

describe('parseOptions()', () => {
  test('defaults: full page, automatic theme, interactive', () => {
    expect(parseOptions('')).toEqual({
      embed: false,
      theme: 'auto',
      static: false,
      fit: false,
      country: null,
      strike: null,
      show: 'panel',
      title: true,
      childId: null,
      debug: false,
      lang: null,
    });
  });
  test('reads every render flag', () => {
    expect(
      parseOptions(
        '?embed=1&theme=dark&static=1&fit=1&country=FR&strike=2017-06&show=map&title=0&childId=graphic-1&lang=bg',
      ),
    ).toEqual({
      embed: true,
      theme: 'dark',
      static: true,
      fit: true,
      country: 'fr',
      strike: '2017-06',
      show: 'map',
      title: false,
      childId: 'graphic-1',
      debug: false,
      lang: 'bg',
    });
    expect(parseOptions('?embed=1&show=full&title=1')).toMatchObject({ show: 'full', title: true });
  });
  test('ignores malformed values', () => {
    expect(
      parseOptions('?embed=yes&theme=<b>&country=france&childId=a%20b&strike=2017&show=everything&title=no'),
    ).toMatchObject({
      embed: false,
      theme: 'auto',
      country: null,
      childId: null,
      strike: null,
      show: 'panel',
      title: true,
    });
    for (const bad of ['es', 'FR', 'fr-BE', '', 'fr&x', '__proto__'])
      expect(parseOptions(`?lang=${encodeURIComponent(bad)}`).lang, bad).toBeNull();
  });
});
