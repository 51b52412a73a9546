/**
 * Issue 17: the map in English, French, Dutch, German, Romanian and Bulgarian.
 * One page session switches language by URL (`?lang=`): <html lang>, the nine
 * places by their local names (accessible names and panel headings), no
 * English interface text left, the map's labels drawn in the language (read
 * from its HTML labels), axe clean. The pre-rendered pages (dist/<lang>/)
 * carry the first picture, the noscript content and the share tags in their
 * language; a further operation's page in another language
 * (dist/fr/2018-10-telegram/) works as its English page does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../src/data/operation.ts';
import { operationBySlug } from '../../src/data/registry.ts';
import { i18nFor } from '../../src/i18n/all-locales.ts';
import { localizeOperation } from '../../src/i18n/localize.ts';
import { LANGS, type Lang } from '../../src/i18n/langs.ts';
import { EN } from '../../src/i18n/messages/en.ts';
import { axeViolations } from './axe.ts';
import { e2eSuite, expectClean, HAS_CHROMIUM, panelTitle, shownLabels, waitForMapState } from './harness.ts';

const KEYS = [...OPERATION.participants.map((p) => p.alpha2), 'hub'] as const;
const localName = (lang: Lang, key: (typeof KEYS)[number]) =>
  key === 'hub' ? i18nFor(lang).hague : i18nFor(lang).country(key);

/** English interface phrases that must not appear in another language: each catalogue text's literal parts. */
const englishPhrases = (lang: Lang): string[] => {
  const other = i18nFor(lang);
  return Object.entries(EN).flatMap(([k, v]) =>
    other.t(k as keyof typeof EN) === v
      ? []
      : v
          .replace(/\{[^{}]*\{[^}]*\}[^}]*\}|\{[^}]*\}/g, '\u0000')
          .split('\u0000')
          .map((s) => s.trim())
          .filter((s) => s.length >= 12 && /\s/.test(s)),
  );
};

/** The text of every label the map shows (its HTML labels, overview and close in). */
const drawnLabels = async (page: Page) => (await shownLabels(page)).map((l) => l.text);

describe.skipIf(!HAS_CHROMIUM)('languages', () => {
  const suite = e2eSuite();

  test('one page session through every language: names, headings, no English left, map labels, axe', async () => {
    const w = await suite.open(null);
    const page = w.page;
    for (const lang of LANGS) {
      await w.goto(`?lang=${lang}`);
      expect(await waitForMapState(page, ['ready', 'fallback', 'error']), lang).toBe('ready');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

      // The nine places by their local names: accessible names in the list, then each panel's heading.
      for (const key of KEYS) {
        const name = localName(lang, key);
        const button = page.getByRole('button', { name: new RegExp(`^${name}\\s*(,|$)`) });
        expect(await button.count(), `${lang} ${name}`).toBe(1);
        expect(await button.getAttribute('data-key'), `${lang} ${name}`).toBe(key);
      }
      for (const key of KEYS) {
        await page.evaluate((k) => {
          location.hash = k === 'hub' ? 'hub' : `country=${k.toLowerCase()}`;
        }, key);
        await expect.poll(() => panelTitle(page)).toBe(localName(lang, key));
      }
      await page.evaluate(() => {
        location.hash = '';
      });
      await expect.poll(() => panelTitle(page)).toBe(i18nFor(lang).t('panel.overview'));

      // No English interface text left on the page (the catalogue's phrases, where the language differs).
      if (lang !== 'en') {
        const text = await page.evaluate(() => document.body.innerText);
        const left = englishPhrases(lang).filter((p) => text.includes(p));
        expect(left, `${lang}: English left on the page`).toEqual([]);

        // The editor's side too: the embed dialog (labels, hints, the AMP placeholder inside the code).
        await page.locator('.op-embed-button').first().click();
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        const dialogText = await dialog.evaluate((d) =>
          [(d as HTMLElement).innerText, ...[...d.querySelectorAll('textarea')].map((t) => t.value)].join(
            '\n',
          ),
        );
        const leftInDialog = englishPhrases(lang).filter((p) => dialogText.includes(p));
        expect(leftInDialog, `${lang}: English left in the embed dialog`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.isVisible()).toBe(false);
      }

      // The map draws its labels in the language.
      // Both in one reading of the map: a label placement between two readings can leave one of them empty.
      await expect
        .poll(
          async () => {
            const drawn = await drawnLabels(page);
            return [localName(lang, 'BE'), localName(lang, 'hub')].filter((n) => !drawn.includes(n));
          },
          { message: `${lang}: labels not drawn` },
        )
        .toEqual([]);

      expect(await axeViolations(page), `${lang}: axe`).toEqual([]);
    }
    await expectClean(w);
  });

  test('the longest languages fit: German at 320 px has no clipped or overflowing text; Bulgarian labels all drawn at 390 px', async () => {
    const w = await suite.open(null, { viewport: { width: 320, height: 720 } });
    await w.goto('?lang=de');
    expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const overflow = () =>
      w.page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const bad: string[] = [];
        for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
          const r = el.getBoundingClientRect();
          // Visually hidden text (1 × 1 px, clipped on purpose) is for screen readers.
          if (
            r.width <= 1 ||
            r.height <= 1 ||
            !el.checkVisibility() ||
            el.closest('.op-visually-hidden, .maplibregl-map, svg')
          )
            continue;
          const cs = getComputedStyle(el);
          const clips =
            /hidden|clip/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent?.trim();
          if (clips || r.right > width + 1)
            bad.push(`${el.tagName}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`);
        }
        return { page: document.documentElement.scrollWidth <= width, bad };
      });
    expect(await overflow()).toEqual({ page: true, bad: [] });
    await w.page.evaluate(() => {
      location.hash = 'country=gb';
    });
    await expect.poll(() => panelTitle(w.page)).toBe('Vereinigtes Königreich');
    expect(await overflow()).toEqual({ page: true, bad: [] });
    await expectClean(w);

    const b = await suite.open(null, { viewport: { width: 390, height: 844 } });
    await b.goto('?lang=bg');
    expect(await waitForMapState(b.page, ['ready', 'fallback', 'error'])).toBe('ready');
    const names = KEYS.map((k) => localName('bg', k));
    await expect
      .poll(async () => {
        const drawn = await drawnLabels(b.page);
        return names.filter((n) => !drawn.includes(n));
      })
      .toEqual([]);
    await expectClean(b);
  });

  // At 390 px "Embed" wrapped onto a line of its own, at the end of an empty stretch, under the other two.
  test.each(LANGS.map((lang, i) => [lang, i % 2 ? 'dark' : 'light'] as const))(
    'the tools under the map in %s (%s) at 390, 375, 360 and 320 px: every line filled edge to edge, no text cut, 44 px targets',
    async (lang, colorScheme) => {
      const w = await suite.open(null, { viewport: { width: 390, height: 844 }, colorScheme });
      await w.goto(`?lang=${lang}`);
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      await w.page.waitForSelector('.op-stage__tools .op-embed-button');
      for (const width of [390, 375, 360, 320]) {
        await w.page.setViewportSize({ width, height: 844 });
        await w.page.waitForFunction((x) => document.documentElement.clientWidth === x, width);
        const v = await w.page.evaluate(() => {
          const tools = document.querySelector('.op-stage__tools')!;
          const foot = document.querySelector('.op-stage__foot')!.getBoundingClientRect();
          const t = tools.getBoundingClientRect();
          const buttons = [...tools.querySelectorAll<HTMLElement>('button')]
            .filter((b) => b.getClientRects().length > 0)
            .map((b) => {
              const r = b.getBoundingClientRect();
              return {
                text: (b.textContent ?? '').trim(),
                left: r.left,
                right: r.right,
                top: Math.round(r.top),
                w: r.width,
                h: r.height,
                cut: b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1,
              };
            });
          const lines = [...new Set(buttons.map((b) => b.top))].map((top) =>
            buttons.filter((b) => b.top === top).sort((p, q) => p.left - q.left),
          );
          return {
            spans: Math.abs(t.left - foot.left) <= 1 && Math.abs(t.right - foot.right) <= 1,
            // How far each line stops short of the column's edges (0: filled edge to edge).
            gaps: lines.map((l) =>
              Math.round(Math.max(l[0]!.left - t.left, t.right - l[l.length - 1]!.right)),
            ),
            buttons,
            page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          };
        });
        const at = `${lang} ${width} px`;
        expect(v.buttons, at).toHaveLength(3);
        expect(v.spans, at).toBe(true);
        expect(v.gaps, `${at}: ${JSON.stringify(v.buttons)}`).toEqual(v.gaps.map(() => 0));
        expect(v.page, at).toBe(true);
        for (const b of v.buttons) {
          expect(b.cut, `${at} ${b.text}`).toBe(false);
          expect(Math.min(b.w, b.h), `${at} ${b.text}`).toBeGreaterThanOrEqual(44);
        }
      }
      await expectClean(w);
    },
  );

  test('without a valid flag, the browser language is used (de-DE → German)', async () => {
    const w = await suite.open(null, { locale: 'de-DE' });
    await w.goto('?lang=xx#country=be');
    await waitForMapState(w.page, ['ready', 'fallback', 'error']);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await panelTitle(w.page)).toBe('Belgien');
    await expectClean(w);
  });

  test('a further operation in French (dist/fr/2018-10-telegram/): its first paint, local names, panels, map labels, axe', async () => {
    const op = operationBySlug('2018-10-telegram')!;
    const i18n = i18nFor('fr');
    const fr = localizeOperation(op, i18n, i18n.content);
    const places = [
      ...fr.participants.map((p) => ({ key: p.alpha2, name: p.name })),
      { key: 'hub', name: fr.hub.name },
    ];
    expect(places.map((p) => p.name)).toContain('Allemagne');
    expect(fr.hub.name).toBe('La Haye');

    // The first paint, before any script: the page's own operation, its views prerendered in French.
    const html = await (await fetch(new URL('fr/2018-10-telegram/', suite.url))).text();
    expect(html).toMatch(/<html lang="fr" data-page-lang="fr"[^>]* data-operation="2018-10-telegram">/);
    const list = /id="op-participants"[^>]*data-prerendered>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    for (const { name } of places) expect(list, `prerendered ${name}`).toContain(name);
    expect(list).not.toContain('Germany');

    const w = await suite.open('fr/2018-10-telegram/');
    const page = w.page;
    expect(await waitForMapState(page, ['ready', 'fallback', 'error'])).toBe('ready');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.operation]),
    ).toEqual(['fr', '2018-10-telegram']);
    for (const { key, name } of places) {
      const button = page.getByRole('button', { name: new RegExp(`^${name}\\s*(,|$)`) });
      expect(await button.count(), name).toBe(1);
      expect(await button.getAttribute('data-key'), name).toBe(key);
    }
    for (const { key, name } of places) {
      await page.evaluate((k) => {
        location.hash = k === 'hub' ? 'hub' : `country=${k.toLowerCase()}`;
      }, key);
      await expect.poll(() => panelTitle(page)).toBe(name);
    }
    await expect
      .poll(async () => {
        const drawn = await drawnLabels(page);
        return ['Allemagne', 'La Haye'].filter((n) => !drawn.includes(n));
      })
      .toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(w);
  });

  test.each(LANGS.filter((l) => l !== 'en'))(
    'the pre-rendered %s page: first picture, noscript and share tags in its language',
    async (lang) => {
      const i18n = i18nFor(lang);
      const res = await fetch(new URL(`${lang}/`, suite.url));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      const svg = /<svg[^>]*class="[^"]*op-static--wide[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg, 'the first picture').toContain(`>${i18n.country('BE')}<`);
      expect(svg).toContain(i18n.hague);
      // The views beside the picture are prerendered in the language too (no English flash before the app runs).
      const list = /id="op-participants"[^>]*data-prerendered>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      expect(list).toContain(`>${i18n.country('RO')}<`);
      expect(list).not.toContain('>Romania<');
      const noscript = /<noscript>[\s\S]*?<\/noscript>/.exec(html)?.[0] ?? '';
      expect(noscript).toContain(i18n.t('noscript.note').replaceAll('’', '’'));
      expect(noscript).toContain(`<th scope="row">${i18n.country('RO')}</th>`);
      const title = i18n.text(OPERATION.title);
      expect(title).not.toBe(OPERATION.title);
      expect(html).toContain(`<meta property="og:title" content="${title}"`);
      expect(html).toContain(`<title>${title}</title>`);
      // Its pictures, downloads and assets resolve from the prefixed folder.
      for (const file of ['share.png', 'static-map-wide.png', 'data/README.txt'])
        expect((await fetch(new URL(`${lang}/${file}`, suite.url))).status, file).toBe(200);
      const script = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(script.startsWith('../assets/')).toBe(true);
      expect((await fetch(new URL(script, new URL(`${lang}/`, suite.url)))).status).toBe(200);
    },
  );
});
