/** The per-language page builder: one function of (operation, language); folder depth decides the asset links. */
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { inLanguage, langDir, pageText, PREFIXED, prefixedPage } from '../../../build/language-page.ts';

const TEMPLATE =
  '<html lang="en"><head><title>%APP_TITLE%</title><link rel="icon" href="./favicon.svg" /><script type="module" src="./assets/index.js"></script></head><body><a href="#x">%T:page.skip%</a><a href="data/README.txt">x</a></body></html>';

describe('language pages', () => {
  test('English is unprefixed, the other five each have a folder', () => {
    expect(langDir('en')).toBe('');
    expect(PREFIXED.map(langDir)).toEqual(['fr/', 'nl/', 'de/', 'ro/', 'bg/']);
  });

  test('pageText: html lang, the catalogue and the operation in the language; unknown placeholders fail', () => {
    const { op, i18n } = inLanguage(OPERATION, 'de');
    const html = pageText(TEMPLATE, op, i18n);
    expect(html).toContain('<html lang="de" data-page-lang="de"');
    expect(html).toContain('>Zur Liste der Länder springen<');
    expect(html).toContain(`<title>${op.title}</title>`);
    const en = inLanguage(OPERATION, 'en');
    expect(pageText(TEMPLATE, en.op, en.i18n)).toContain('<html lang="en"><head>');
    expect(() => pageText('%T:no.such.key%', op, i18n)).toThrow(/no.such.key/);
  });

  test('prefixedPage: assets as many folders up as the page is deep; its own files stay beside it', () => {
    const page = { html: TEMPLATE, tags: [] };
    const one = prefixedPage(page, 'fr/');
    expect(one).toContain('src="../assets/index.js"');
    expect(one).toContain('href="../favicon.svg"');
    expect(one).toContain('href="data/README.txt"');
    const two = prefixedPage(page, 'fr/some-operation/', 'https://example.org/map/');
    expect(two).toContain('src="../../assets/index.js"');
    expect(two).toContain('<link rel="canonical" href="https://example.org/map/fr/some-operation/" />');
  });
});
