/**
 * The bundled label font covers every character the map draws in every
 * language (country names from Intl.DisplayNames, The Hague, the inset title,
 * the claimed attacks' places and dates), and each script's face is declared
 * for its own range only.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { LANGS } from '../../../src/i18n/langs.ts';
import { labelCharacters, labelTexts, scriptOf } from '../../../build/label-fonts.ts';

describe('label fonts', () => {
  test.each(LANGS)('%s: every label character has a face', (lang) => {
    const chars = [...new Set(labelTexts(lang).join('').replace(/\s/g, ''))];
    expect(chars.filter((c) => scriptOf(c) === null)).toEqual([]);
  });

  test('the scripts each language needs: Romanian Latin Extended, Bulgarian Cyrillic, the rest Latin', () => {
    const scripts = (lang: (typeof LANGS)[number]) =>
      [...new Set([...labelTexts(lang).join('').replace(/\s/g, '')].map(scriptOf))].sort();
    expect(scripts('en')).toEqual(['latin']);
    expect(scripts('fr')).toEqual(['latin']);
    expect(scripts('de')).toEqual(['latin']);
    expect(scripts('nl')).toEqual(['latin']);
    expect(scripts('ro')).toEqual(['latin', 'latin-ext']);
    expect(scripts('bg')).toContain('cyrillic');
    expect(scriptOf('ț')).toBe('latin-ext');
    expect(scriptOf('ș')).toBe('latin-ext');
    expect(scriptOf('Б')).toBe('cyrillic');
    expect(scriptOf('ë')).toBe('latin');
    expect(scriptOf('中')).toBeNull();
  });

  test('the subset faces hold every label character and are a fraction of the full files', async () => {
    const chars = labelCharacters();
    for (const lang of LANGS)
      for (const ch of labelTexts(lang).join('').replace(/\s/g, ''))
        expect(chars[scriptOf(ch)!], `${lang} ${ch}`).toContain(ch);
    expect(chars['latin-ext'].trim()).toMatch(/ț/);
    expect(chars.cyrillic.trim()).toMatch(/Б/);
    const file = createRequire(import.meta.url).resolve(
      '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
    );
    const full = readFileSync(file);
    const cut = await subsetFont(full, chars['latin-ext'], { targetFormat: 'woff2' });
    expect(cut.length).toBeLessThan(full.length / 10);
  });

  test('every operation: the faces cut for all operations (what the build bundles) hold every label in every language', () => {
    const chars = labelCharacters(OPERATIONS);
    const missing = OPERATIONS.flatMap((op) =>
      LANGS.flatMap((lang) =>
        [...new Set(labelTexts(lang, op).join('').replace(/\s/g, ''))]
          .filter((ch) => !chars[scriptOf(ch) ?? 'latin'].includes(ch))
          .map((ch) => `${op.slug} ${lang} ${ch}`),
      ),
    );
    expect(missing).toEqual([]);
    // The other operations' labels add characters the default operation's labels do not have.
    const own = labelCharacters();
    const more = OPERATIONS.flatMap((op) => LANGS.flatMap((l) => [...labelTexts(l, op).join('')]));
    expect(more.filter((ch) => ch.trim() && !own[scriptOf(ch)!]?.includes(ch)).length).toBeGreaterThan(0);
  });
});
