// @vitest-environment happy-dom
/**
 * One page per (operation, language) from one function, build/pages.ts renderPage: its folder, its text, its
 * prerendered views in its language, links to the shared files as many folders up as it is deep, and the files
 * beside it (the embed loader the embed codes name). Ported from the language-page test (issue 17) after the merge.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageAt, pageDir, renderPage } from '../../../build/pages.ts';
import { inLanguage, pageText } from '../../../build/page-text.ts';
import { DEFAULT_SLUG, operationBySlug } from '../../../src/data/registry.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { LANGS } from '../../../src/i18n/langs.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** index.html as the build hands it over: Vite has made the shared files' links relative (base './'). */
const TEMPLATE = readFileSync(resolve(ROOT, 'index.html'), 'utf8')
  .replace('src="/src/main.ts"', 'src="./assets/index-x.js"')
  .replace('href="/favicon.svg"', 'href="./favicon.svg"');
const LOADER = readFileSync(resolve(ROOT, 'public/embed.js'), 'utf8');
const TELEGRAM = operationBySlug('2018-10-telegram')!;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('pages of (operation, language)', () => {
  test('English is unprefixed; each other language has a folder, with the further operations inside it', () => {
    expect(pageDir(OPERATION)).toBe('');
    expect(pageDir(TELEGRAM)).toBe('2018-10-telegram/');
    expect(LANGS.filter((l) => l !== 'en').map((l) => pageDir(OPERATION, l))).toEqual([
      'fr/',
      'nl/',
      'de/',
      'ro/',
      'bg/',
    ]);
    expect(pageDir(TELEGRAM, 'bg')).toBe('bg/2018-10-telegram/');
  });

  test('pageAt: the dev server finds the page a path names (language folder, then slug)', () => {
    const at = (p: string) => {
      const { op, lang } = pageAt(p);
      return `${lang} ${op.slug}`;
    };
    expect(at('/')).toBe(`en ${DEFAULT_SLUG}`);
    expect(at('/fr/')).toBe(`fr ${DEFAULT_SLUG}`);
    expect(at('/2018-10-telegram/')).toBe('en 2018-10-telegram');
    expect(at('/de/2019-11-telegram/?embed=1#country=be')).toBe('de 2019-11-telegram');
    expect(at('fr/2016-08/static-map-wide.png')).toBe('fr 2016-08');
    expect(at('/en/2016-08/')).toBe(`en ${DEFAULT_SLUG}`);
    expect(at('/xx/')).toBe(`en ${DEFAULT_SLUG}`);
  });

  test('pageText: html lang, the catalogue and the operation in the language; unknown placeholders fail', () => {
    const t =
      '<html lang="en"><head><title>%APP_TITLE%</title></head><body><a href="#x">%T:page.skip%</a></body></html>';
    const { op, i18n } = inLanguage(OPERATION, 'de');
    const html = pageText(t, op, i18n);
    expect(html).toContain('<html lang="de" data-page-lang="de"');
    expect(html).toContain('>Zur Liste der Länder springen<');
    expect(html).toContain(`<title>${op.title}</title>`);
    const en = inLanguage(OPERATION, 'en');
    expect(pageText(t, en.op, en.i18n)).toContain('<html lang="en"><head>');
    expect(() => pageText('%T:no.such.key%', op, i18n)).toThrow(/no.such.key/);
  });

  test('a further operation in French: its folder, shared files two levels up, its views prerendered in French, the loader beside it', () => {
    // With PUBLIC_URL the build's index.html has the site's canonical link (build/publish-plugin.ts); each page its own.
    const withCanonical = TEMPLATE.replace(
      '</head>',
      '<link rel="canonical" href="https://example.org/map/" /></head>',
    );
    const page = renderPage(withCanonical, TELEGRAM, 'fr', 'https://example.org/map/');
    expect(page.file).toBe('fr/2018-10-telegram/index.html');
    expect(page.html).toMatch(/<html lang="fr" data-page-lang="fr"[^>]* data-operation="2018-10-telegram">/);
    expect(page.html).toContain('src="../../assets/index-x.js"');
    expect(page.html).toContain('href="../../favicon.svg"');
    expect(page.html).toContain(
      '<link rel="canonical" href="https://example.org/map/fr/2018-10-telegram/" />',
    );
    expect(page.html).not.toMatch(/(src|href)="\.\/(assets|favicon)/);
    const doc = parse(page.html);
    // The first paint is the app's: the list, key and legend name the participants as the French app does.
    const fr = inLanguage(TELEGRAM, 'fr').op;
    const en = inLanguage(TELEGRAM, 'en').op;
    const list = doc.getElementById('op-participants')!.textContent;
    for (const p of fr.participants) expect(list).toContain(p.name);
    for (const p of en.participants.filter((e) => !fr.participants.some((f) => f.name === e.name)))
      expect(list).not.toContain(p.name);
    expect(doc.getElementById('op-tour')!.textContent).not.toMatch(/Take the tour|Next|Previous/);
    expect(doc.getElementById('op-legend')!.textContent).not.toContain('Roles');
    // The embed codes copied from this page name ./embed.js: the loader is emitted beside it.
    expect(page.assets['fr/2018-10-telegram/embed.js']).toBe(LOADER);
    expect(page.assets['fr/2018-10-telegram/static-map-wide.png']).toBeInstanceOf(Uint8Array);
    // The downloads tell this operation, not the April 2018 takedown.
    const readme = String(page.assets['fr/2018-10-telegram/data/README.txt']);
    expect(readme).toContain(`(${TELEGRAM.participants.length})`);
    expect(readme).not.toContain(`(${OPERATION.participants.length})`);
  }, 60_000);

  test('the default operation: English at the root (its loader is public/embed.js), German in de/', () => {
    const en = renderPage(TEMPLATE, OPERATION, 'en');
    expect(en.file).toBe('index.html');
    expect(en.html).toContain('src="./assets/index-x.js"');
    expect(Object.keys(en.assets)).not.toContain('embed.js');
    const de = renderPage(TEMPLATE, OPERATION, 'de');
    expect(de.file).toBe('de/index.html');
    expect(de.html).toContain('src="../assets/index-x.js"');
    expect(de.assets['de/embed.js']).toBe(LOADER);
    expect(parse(de.html).getElementById('op-participants')!.textContent).toContain('Belgien');
  }, 60_000);
});
