/** The plain-text citations and facts of the downloads (src/data/export/cite-text.ts), one rule at a time. */
import { describe, expect, test } from 'vitest';
import {
  citationLabel,
  citationTitle,
  citesText,
  citeText,
  factsText,
  factText,
} from '../../../src/data/export/cite-text.ts';
import type { Fact } from '../../../src/data/types.ts';

describe('citations as text', () => {
  test('the label: "article ¶N", "article" without a paragraph, else the publisher', () => {
    expect(citationLabel({ source: 'article', paragraph: 7 })).toBe('article ¶7');
    expect(citationLabel({ source: 'article' })).toBe('article');
    expect(citationLabel({ source: 'guardian' })).toBe('The Guardian');
    expect(citationLabel({ source: 'no-such-source' })).toBe('Unknown source');
  });

  test('the title: the real title quoted, else what the page is, and why it is not linked', () => {
    expect(citationTitle({ source: 'guardian' })).toBe(
      "“Joint police action 'punches big hole' in Isis propaganda ability”",
    );
    expect(citationTitle({ source: 'salamplan' })).toBe(
      'Spanish report saying Spain was not directly involved (not linked: facts.md records the site but not the page’s address)',
    );
    expect(citationTitle({ source: 'no-such-source' })).toBe('A source id no table lists');
  });

  test('the download text: the address in angle brackets, or why there is none', () => {
    expect(citeText({ source: 'article', paragraph: 3 })).toBe('article ¶3');
    expect(citeText({ source: 'guardian' })).toMatch(/^The Guardian <https:\/\/www\.theguardian\.com\/.+>$/);
    expect(citeText({ source: 'romanianReport' })).toBe(
      'Romanian news report (not linked: facts.md records the report but not its publisher or address)',
    );
    expect(citeText({ source: 'no-such-source' })).toBe('Unknown source (not linked: no address)');
  });

  test('several citations: each once, in first-seen order, joined by "; "', () => {
    expect(
      citesText([
        { source: 'article', paragraph: 2 },
        { source: 'article' },
        { source: 'article', paragraph: 2 },
      ]),
    ).toBe('article ¶2; article');
    expect(citesText([])).toBe('');
  });
});

describe('facts as text', () => {
  const plain = { text: 'Plain.', cite: [{ source: 'article' }] } as Fact;
  const unconfirmed = { text: 'Maybe.', cite: [{ source: 'article' }], unconfirmed: true } as Fact;
  const research = { text: 'We found none.', research: true } as unknown as Fact;
  test('marks unconfirmed facts and research notes, leaves the rest plain', () => {
    expect(factText(plain)).toBe('Plain.');
    expect(factText(unconfirmed)).toBe('[Unconfirmed] Maybe.');
    expect(factText(research)).toBe('[Research note] We found none.');
    expect(factsText([plain, unconfirmed, research])).toBe(
      'Plain. [Unconfirmed] Maybe. [Research note] We found none.',
    );
  });
});
