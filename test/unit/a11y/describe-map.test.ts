/**
 * The map's description names the operation by a short date phrase (its
 * timeline label), never by the long dates text with its caveats, in every
 * language and for every operation; the groups follow the language's
 * punctuation.
 */
import { describe, expect, test } from 'vitest';
import { datePhrase, describeMap, describeMapShort } from '../../../src/a11y/describe-map.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';
import { i18nFor, OPERATION_CONTENT } from '../../../src/i18n/all-locales.ts';
import { EN_I18N, withContent, type I18n } from '../../../src/i18n/i18n.ts';
import { LANGS, type Lang } from '../../../src/i18n/langs.ts';
import { localizeOperation } from '../../../src/i18n/localize.ts';

/** The operation as a page in `lang` shows it (its own translations over the shared ones). */
const inLang = (base: Operation, lang: Lang): { op: Operation; i18n: I18n } => {
  if (lang === 'en') return { op: base, i18n: EN_I18N };
  const i18n = withContent(i18nFor(lang), OPERATION_CONTENT[base.slug]?.[lang] ?? {});
  return { op: localizeOperation(base, i18n, i18n.content), i18n };
};
const op = (slug: string) => OPERATIONS.find((o) => o.slug === slug)!;

describe('the operation’s dates in the map description', () => {
  test('English: a short date phrase, not the dates text with its caveat', () => {
    expect(describeMap(op('2017-06'))).toMatch(
      /^Map of the June 2017 action against Isis propaganda online: 2 countries/,
    );
    expect(describeMap(op('2018-04-takedown'))).toMatch(
      /^Map of the 25–26 April 2018 takedown of Isis propaganda outlets: 8/,
    );
    expect(describeMap(op('2016-08'))).toMatch(
      /^Map of the August 2016 action against Isis propaganda online: the sources/,
    );
    expect(describeMap(op('2018-10-telegram'))).toMatch(/^Map of the 3 October 2018 action/);
    expect(describeMap(op('2019-11-telegram'))).toMatch(/^Map of the 21–24 November 2019 action/);
  });

  test.each(LANGS)('%s: every operation by its label, month in the language’s case, no caveat', (lang) => {
    for (const base of OPERATIONS) {
      const { op: o, i18n } = inLang(base, lang);
      const d = describeMap(o, i18n);
      const phrase = datePhrase(o, i18n);
      const where = `${base.slug} ${lang}: ${d}`;
      expect(d, where).toContain(phrase);
      // The long dates text's second half (a caveat, an announcement date) never enters the sentence.
      const [, rest] = o.dates.text.split(/;\s*/);
      if (rest) expect(d, where).not.toContain(rest.replace(/\.$/, ''));
      expect(d, where).not.toMatch(/as Europol dates it|Wednesday|Thursday|Europol announced/);
      expect(phrase.toLocaleLowerCase(i18n.locale), where).toBe(
        o.strike.label.toLocaleLowerCase(i18n.locale),
      );
      // Month names: capital in English and German, lower case in French, Dutch, Romanian, Bulgarian.
      const first = phrase.charAt(0);
      if (/\p{L}/u.test(first))
        expect(first === first.toLocaleUpperCase(i18n.locale), where).toBe(lang === 'en' || lang === 'de');
    }
  });

  test('French labels that stand alone with a capital read in lower case inside the sentence', () => {
    const { op: o, i18n } = inLang(op('2017-06'), 'fr');
    expect(o.strike.label).toBe('Juin 2017');
    expect(describeMap(o, i18n)).toContain('(juin 2017)\u00a0:');
  });
});

describe('the groups of countries follow the language’s punctuation', () => {
  test('English: "lead: Spain; support: United States"', () => {
    expect(describeMap(op('2017-06'))).toContain('(lead: Spain; support: United States)');
    expect(describeMapShort(op('2017-06'))).toContain('Lead: Spain. Support: United States.');
  });

  test('French: a no-break space before the colon and the semicolon', () => {
    const { op: o, i18n } = inLang(op('2017-06'), 'fr');
    expect(describeMap(o, i18n)).toContain('(direction\u00a0: Espagne\u00a0; soutien\u00a0: États-Unis)');
    expect(describeMapShort(o, i18n)).toContain('Direction\u00a0: Espagne.');
  });
});
