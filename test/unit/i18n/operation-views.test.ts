// @vitest-environment happy-dom
/**
 * Every operation in every language, as the reader sees it: the overview
 * panel, the hub's panel, the map key, the campaign timeline and the map's
 * descriptions, built from the localized operation, hold no English text of
 * ours (the operation's texts, the alert's, the catalogue's sentences).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { describeMap, describeMapShort } from '../../../src/a11y/describe-map.ts';
import { ALERT } from '../../../src/data/campaign.ts';
import { DEFAULT_SLUG } from '../../../src/data/pages.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { opRoles, roleLabel } from '../../../src/data/roles.ts';
import type { Operation } from '../../../src/data/types.ts';
import { i18nFor, MESSAGES, OPERATION_CONTENT, SHARED_CONTENT } from '../../../src/i18n/all-locales.ts';
import { EN_I18N, withContent, type I18n } from '../../../src/i18n/i18n.ts';
import { LANGS, type Lang } from '../../../src/i18n/langs.ts';
import { localizeOperation, translatableTexts } from '../../../src/i18n/localize.ts';
import { EN, type MessageKey } from '../../../src/i18n/messages/en.ts';
import { mountMapKey } from '../../../src/panels/map-key.ts';
import { hubNodes, overviewNodes } from '../../../src/panels/panel-content.ts';
import { createReducer, initialState, OVERVIEW } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';
import { mountTimeline } from '../../../src/story/timeline.ts';

const OTHERS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
afterEach(() => document.body.replaceChildren());

/** The page's language: the shared translations and the operation's own, as the app loads them. */
const inLang = (op: Operation, lang: Exclude<Lang, 'en'>): { op: Operation; i18n: I18n } => {
  const i18n = withContent(i18nFor(lang), OPERATION_CONTENT[op.slug]?.[lang] ?? {});
  return { op: localizeOperation(op, i18n, i18n.content), i18n };
};

/** What the reader sees of an operation in a language (text of the views, the descriptions). */
async function seen(base: Operation, lang: Exclude<Lang, 'en'>): Promise<string> {
  const { op, i18n } = inLang(base, lang);
  const div = (...nodes: Node[]) => {
    const d = document.body.appendChild(document.createElement('div'));
    d.append(...nodes);
    return d;
  };
  // The page opens on its own operation's campaign entry (its story below the legend).
  const store = createStore(createReducer(op), initialState(OVERVIEW, null, op.strike.id));
  const key = div();
  mountMapKey(key, store, op, i18n);
  const [timeline, detail] = [div(), div()];
  mountTimeline(timeline, detail, store, op, i18n);
  return [
    div(...overviewNodes(op, i18n)).textContent,
    div(...hubNodes(op.hub, op, i18n)).textContent,
    key.textContent,
    timeline.textContent,
    detail.textContent,
    describeMap(op, i18n),
    describeMapShort(op, i18n),
    ...opRoles(op).map((r) => roleLabel(op, r, i18n)),
  ].join('\n');
}

/** Our English sentences a page in `lang` must not show: texts translated differently, catalogue phrases. */
function englishOf(op: Operation, lang: Exclude<Lang, 'en'>): string[] {
  const { i18n } = inLang(op, lang);
  // A quotation stays verbatim in its own language (our translation beside it).
  const quoted = new Set(op.quotes.map((q) => q.text));
  const texts = [...translatableTexts(op), ALERT.label, ALERT.summary.text].filter(
    (t) => t.includes(' ') && i18n.text(t) !== t && !quoted.has(t),
  );
  const phrases = (Object.keys(EN) as MessageKey[]).flatMap((k) =>
    EN[k]
      .split(/\{[^}]*\}/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 12 && s.includes(' ') && !MESSAGES[lang][k].includes(s)),
  );
  return [...texts, ...phrases];
}

/** The operations with translations (the default one's are shared; the others' in their folder, optional). */
const TRANSLATED = OPERATIONS.filter((o) => o.slug === DEFAULT_SLUG || OPERATION_CONTENT[o.slug]);

describe.each(TRANSLATED.map((o) => [o.slug, o] as const))('%s in every language', (_slug, op) => {
  test.each(OTHERS)('%s: no English text of ours is left in the views', async (lang) => {
    const text = await seen(op, lang);
    const english = englishOf(op, lang);
    expect(english.length).toBeGreaterThan(10);
    expect(english.filter((e) => text.includes(e))).toEqual([]);
  });

  test('the check sees English: the same views in English hold the operation’s texts', () => {
    const d = document.body.appendChild(document.createElement('div'));
    d.append(...overviewNodes(op, EN_I18N));
    expect(d.textContent).toContain(op.summary[0]!.text);
    expect(describeMap(op)).toContain(EN_I18N.t(op.outlets.length ? 'describe.outlets' : 'describe.online'));
  });
});

describe('the map described in every language', () => {
  test.each(LANGS)('%s: each operation’s dates read as a phrase inside the sentence', (lang) => {
    for (const base of OPERATIONS) {
      const { op, i18n } = lang === 'en' ? { op: base, i18n: EN_I18N } : inLang(base, lang);
      const d = describeMap(op, i18n);
      expect(d, `${base.slug} ${lang}`).not.toMatch(/\d\.\)|\d\.\s*[:(]| \)/);
      expect(d, `${base.slug} ${lang}`).toContain(op.hub.name);
      if (lang === 'bg') expect(d, base.slug).not.toMatch(/ г[)\s:]/);
    }
  });
});

describe('the campaign timeline in the reader’s language', () => {
  test.each(OTHERS)('%s: every operation’s entry by its translated label, on every page', (lang) => {
    // The build puts each entry into its operation's own translation, else the shared ones (the alert's, the default operation's).
    for (const page of OPERATIONS) {
      const { op, i18n } = inLang(page, lang);
      const [timeline, detail] = [0, 1].map(() => document.body.appendChild(document.createElement('div')));
      const store = createStore(createReducer(op), initialState(OVERVIEW, null, op.strike.id));
      mountTimeline(timeline!, detail!, store, op, i18n).destroy();
      const shown = new Map(
        [...timeline!.querySelectorAll<HTMLElement>('[data-strike]')].map((e) => [
          e.dataset.strike,
          e.textContent,
        ]),
      );
      expect(shown.size, page.slug).toBe(OPERATIONS.length + 1);
      for (const [id, slug, en] of [
        [ALERT.id, null, ALERT.label] as const,
        ...OPERATIONS.map((o) => [o.strike.id, o.slug, o.strike.label] as const),
      ]) {
        const other = OPERATIONS.find((o) => o.slug === slug);
        // An operation without translations keeps its English label.
        if (other && !TRANSLATED.includes(other)) {
          expect(shown.get(id), `${page.slug}: ${id}`).toBe(en);
          continue;
        }
        const expected = OPERATION_CONTENT[slug ?? '']?.[lang]?.[en] ?? SHARED_CONTENT[lang][en];
        expect(expected, `${id}: no translation of “${en}”`).toBeTruthy();
        expect(shown.get(id), `${page.slug}: ${id}`).toBe(expected);
      }
    }
  });
});
