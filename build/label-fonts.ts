/**
 * The map's label font, cut to what the labels say: the regular face the
 * claimed attacks' labels use (story-layers.ts; the other labels are HTML in
 * the page's font: src/map/label-overlay.ts). Every text a map label
 * can show in any language (country names from Intl.DisplayNames, The Hague,
 * the inset title, the claimed attacks' places and dates) is collected from
 * the data, grouped by script (Latin, Latin Extended, Cyrillic, as
 * @fontsource/noto-sans splits Noto Sans), and each script's woff2 is
 * subset to those characters with harfbuzz (subset-font). The style declares
 * each file for its script's range (src/map/font-faces.ts FONT_RANGES), so an
 * English map loads only the Latin file, a Bulgarian one adds Cyrillic.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import type { PageKit } from './page-kit.ts';
import { OPERATION } from '../src/data/operation.ts';
import type { Operation } from '../src/data/types.ts';
import { i18nFor } from '../src/i18n/all-locales.ts';
import { LANGS, type Lang } from '../src/i18n/langs.ts';
import { localizeOperation } from '../src/i18n/localize.ts';
import { FONT_RANGES, FONT_SCRIPTS, type FontScript } from '../src/map/font-faces.ts';
import { attackFeatures } from '../src/map/story-layers.ts';

const ranges = (s: FontScript) =>
  FONT_RANGES[s].map((r) => {
    const [a = '', b = a] = r.replace(/U\+/g, '').split('-');
    return [parseInt(a, 16), parseInt(b, 16)] as const;
  });

/** The script whose face draws a character, or null when no bundled face has it. */
export const scriptOf = (ch: string): FontScript | null =>
  FONT_SCRIPTS.find((s) => ranges(s).some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b)) ??
  null;

/** Every text a map label can show in a language. */
export function labelTexts(lang: Lang, op: Operation = OPERATION): string[] {
  const i18n = i18nFor(lang);
  const l = localizeOperation(op, i18n, i18n.content);
  return [
    ...l.participants.map((p) => p.name),
    l.hub.name,
    i18n.t('map.insetTitle'),
    i18n.t('map.insetNote'),
    ...attackFeatures(l.attacks, i18n.locale).features.map((f) => f.properties.label),
  ];
}

/** The characters of every label of these operations in every language, by script (a space in each, so no subset is empty). */
export function labelCharacters(ops: readonly Operation[] = [OPERATION]): Record<FontScript, string> {
  const chars = new Set(LANGS.flatMap((l) => ops.flatMap((op) => [...labelTexts(l, op).join('')])));
  const out = Object.fromEntries(FONT_SCRIPTS.map((s) => [s, ' '])) as Record<FontScript, string>;
  for (const ch of [...chars].sort()) {
    const s = scriptOf(ch);
    if (s && ch !== ' ') out[s] += ch;
  }
  return out;
}

const WEIGHTS = { regular: 400 } as const;
const VIRTUAL = 'virtual:label-fonts';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * `virtual:label-fonts`: the URLs of the subset faces, `{ regular: { latin, 'latin-ext', cyrillic } }`,
 * cut to the labels of every operation the kit's registry finds.
 */
export function labelFontsPlugin(kit: PageKit): Plugin {
  let root = process.cwd();
  return {
    name: 'takedown-map:label-fonts',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const require = createRequire(join(root, 'package.json'));
      const dir = join(root, 'node_modules', '.cache', 'takedown-label-fonts');
      mkdirSync(dir, { recursive: true });
      // Computed in the kit's module runner, where the operations' translations are compiled.
      const chars = (await kit()).allLabelCharacters();
      const lines: string[] = [];
      const entries: string[] = [];
      for (const [weight, w] of Object.entries(WEIGHTS)) {
        const faces: string[] = [];
        for (const script of FONT_SCRIPTS) {
          const source = readFileSync(
            require.resolve(`@fontsource/noto-sans/files/noto-sans-${script}-${w}-normal.woff2`),
          );
          const text = chars[script];
          const hash = createHash('sha256').update(source).update(text).digest('hex').slice(0, 10);
          const file = join(dir, `noto-sans-${script}-${w}-${hash}.woff2`);
          writeFileSync(file, await subsetFont(source, text, { targetFormat: 'woff2' }));
          const name = `f${lines.length}`;
          lines.push(`import ${name} from ${JSON.stringify(`${file}?url`)};`);
          faces.push(`${JSON.stringify(script)}: ${name}`);
        }
        entries.push(`${weight}: { ${faces.join(', ')} }`);
      }
      return `${lines.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
    },
  };
}
