/**
 * The interface catalogues: every language has exactly the English keys, no
 * key is left unused by the code, plurals follow Intl.PluralRules, and the
 * platform gives the names, dates and lists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES, i18nFor } from '../../../src/i18n/all-locales.ts';
import { formatMessage } from '../../../src/i18n/format.ts';
import { LANGS, pickLang } from '../../../src/i18n/langs.ts';
import { EN } from '../../../src/i18n/messages/en.ts';

const ROOT = join(import.meta.dirname, '../../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|html)$/.test(f) ? [p] : [];
  });
/** The code that may use a key: the app, the build, the page template; not the catalogues themselves. */
const CODE = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'build')), join(ROOT, 'index.html')]
  .filter((f) => !f.includes(`${join('src', 'i18n', 'messages')}`))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** A key is used when the code names it, or builds it from its prefix (`embed.show.${value}`). */
export function unusedKeys(keys: readonly string[], code: string): string[] {
  return keys.filter((k) => {
    const prefix = k.slice(0, k.lastIndexOf('.') + 1);
    return !(
      code.includes(`'${k}'`) ||
      code.includes(`"${k}"`) ||
      code.includes(`%T:${k}%`) ||
      (prefix && code.includes(`\`${prefix}\${`))
    );
  });
}

describe('message catalogues', () => {
  test('every language has exactly the English keys, none empty', () => {
    const en = Object.keys(EN).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(MESSAGES[lang]).sort();
      expect(keys, lang).toEqual(en);
      for (const k of keys) expect(MESSAGES[lang][k as keyof typeof EN].trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  test('no key is unused by the code (and the check finds one that is)', () => {
    expect(unusedKeys(Object.keys(EN), CODE)).toEqual([]);
    expect(unusedKeys(['legend.count', 'nobody.uses.this'], CODE)).toEqual(['nobody.uses.this']);
  });

  test('placeholders are the same in every language', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const lang of LANGS)
      for (const [k, v] of Object.entries(EN))
        expect(names(MESSAGES[lang][k as keyof typeof EN]), `${lang} ${k}`).toEqual(names(v));
  });

  test('plurals come from Intl.PluralRules: 1 country / 3 countries in every language', () => {
    const count = (lang: (typeof LANGS)[number], n: number) => i18nFor(lang).t('legend.count', { n });
    expect([count('en', 1), count('en', 3)]).toEqual(['1 country', '3 countries']);
    expect([count('fr', 1), count('fr', 3)]).toEqual(['1 pays', '3 pays']);
    expect([count('nl', 1), count('nl', 3)]).toEqual(['1 land', '3 landen']);
    expect([count('de', 1), count('de', 3)]).toEqual(['1 Land', '3 Länder']);
    expect([count('ro', 1), count('ro', 3), count('ro', 20)]).toEqual(['1 țară', '3 țări', '20 de țări']);
    expect([count('bg', 1), count('bg', 3)]).toEqual(['1 държава', '3 държави']);
  });

  test('formatMessage: placeholders, nested plurals, exact matches, unknown names kept', () => {
    expect(formatMessage('{a} and {b}', { a: 'x', b: 2 }, 'en')).toBe('x and 2');
    expect(formatMessage('{n, plural, =0 {none} one {# one} other {# many}}', { n: 0 }, 'en')).toBe('none');
    expect(formatMessage('{n, plural, one {# {what}} other {# {what}s}}', { n: 2, what: 'map' }, 'en')).toBe(
      '2 maps',
    );
    expect(formatMessage('{missing}', {}, 'en')).toBe('{missing}');
  });

  test('names, dates and lists come from the platform', () => {
    const de = i18nFor('de');
    expect(de.country('BE')).toBe('Belgien');
    expect(i18nFor('bg').country('BE')).toBe('Белгия');
    expect(i18nFor('nl').country('BE')).toBe('België');
    expect(i18nFor('ro').country('BE')).toBe('Belgia');
    expect(i18nFor('fr').country('BE')).toBe('Belgique');
    expect(i18nFor('en').country('GB')).toBe('United Kingdom');
    expect(LANGS.map((l) => i18nFor(l).hague)).toEqual([
      'The Hague',
      'La Haye',
      'Den Haag',
      'Den Haag',
      'Haga',
      'Хага',
    ]);
    expect(de.date('2018-04-25')).toBe('25. April 2018');
    expect(i18nFor('en').date('2018-04-25')).toBe('25 April 2018');
    expect(i18nFor('fr').list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(i18nFor('en').list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(de.lower('Leitung')).toBe('Leitung');
    expect(i18nFor('fr').lower('Direction')).toBe('direction');
  });

  test('pickLang: the flag, else the page, else the browser, else English', () => {
    expect(pickLang('fr', null, ['de'])).toBe('fr');
    expect(pickLang('FR', null, ['de'])).toBe('de');
    expect(pickLang('xx', null, ['nl-BE', 'fr'])).toBe('nl');
    expect(pickLang(null, 'bg', ['de'])).toBe('bg');
    expect(pickLang(null, null, ['es', 'ro-RO'])).toBe('ro');
    expect(pickLang(null, null, ['es', 'it'])).toBe('en');
    expect(pickLang(null, null, [])).toBe('en');
  });
});
