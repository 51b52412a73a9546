/**
 * The bundled label font covers every character the map draws in every
 * language (country names from Intl.DisplayNames, The Hague, the inset title,
 * the claimed attacks' places and dates), and each script's face is declared
 * for its own range only.
 */
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { i18nFor } from '../../../src/i18n/all-locales.ts';
import { LANGS } from '../../../src/i18n/langs.ts';
import { localizeOperation } from '../../../src/i18n/localize.ts';
import { attackFeatures } from '../../../src/map/story-layers.ts';
import { FONT_RANGES, FONT_SCRIPTS, type FontScript } from '../../../src/map/build-style.ts';

const ranges = (s: FontScript) =>
  FONT_RANGES[s].map((r) => {
    const [a = '', b = a] = r.replace(/U\+/g, '').split('-');
    return [parseInt(a, 16), parseInt(b, 16)] as const;
  });
export const scriptOf = (ch: string): FontScript | null =>
  FONT_SCRIPTS.find((s) => ranges(s).some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b)) ??
  null;

/** Every text a map label can show in a language. */
export function labelTexts(lang: (typeof LANGS)[number]): string[] {
  const i18n = i18nFor(lang);
  const op = localizeOperation(OPERATION, i18n, i18n.content);
  return [
    ...op.participants.map((p) => p.name),
    ...op.strikes.flatMap((s) => (s.countries ?? []).map((c) => c.name)),
    op.hub.name,
    i18n.t('map.insetTitle'),
    i18n.t('map.insetNote'),
    ...attackFeatures(op.attacks, i18n.locale).features.map((f) => f.properties.label),
  ];
}

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
});
