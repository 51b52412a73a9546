/**
 * The downloads' README.txt and "About this map" as text
 * (src/data/export/data-readme.ts), pinned word for word in a file snapshot
 * (a changed or dropped line shows as a diff under __snapshots__/). A made-up
 * About, so editing the real one does not touch the snapshot.
 */
import { expect, test } from 'vitest';
import { aboutText, dataReadme } from '../../../src/data/export/data-readme.ts';
import type { About } from '../../../src/data/types.ts';
import { i18nFor } from '../../../src/i18n/all-locales.ts';

const ABOUT: About = {
  method: ['First step.', 'Second step.'],
  markers: [
    { label: 'Marker A', meaning: 'what A means' },
    { label: 'Marker B', meaning: 'what B means' },
  ],
  sources: 'Where the sources are.',
  credits: ['Credit one.', 'Credit two.'],
  published: '2026-01-02',
  updated: '2026-03-04',
  corrections: [
    { date: '2026-03-04', text: 'Second correction.' },
    { date: '2026-02-03', text: 'First correction.' },
  ],
};

test('README.txt in English, with the published address', async () => {
  await expect(dataReadme('https://example.org/takedown/', ABOUT)).toMatchFileSnapshot(
    '__snapshots__/data-readme.en.txt',
  );
});

test('About this map: every section in order, corrections only when there are some', async () => {
  await expect(aboutText(ABOUT)).toMatchFileSnapshot('__snapshots__/about.en.txt');
  const none = aboutText({ ...ABOUT, corrections: [] });
  expect(aboutText(ABOUT).startsWith(none)).toBe(true);
  expect(none.endsWith('2026-03-04.')).toBe(true);
  expect(none).not.toContain('correction');
});

test('README.txt in another language names the language and its licence line first', () => {
  const fr = i18nFor('fr');
  const text = dataReadme(undefined, ABOUT, fr);
  const lines = text.split('\n');
  expect(lines[0]).toBe('Takedown Map: data downloads');
  expect(lines[1]).toBe(`(fr) ${fr.t('page.getData')} ${fr.t('page.sourcesLicence')}`);
  expect(lines[2]).toBe('');
  // Without a published address, the data note comes next (no "The map:" lines).
  expect(lines[3]).toMatch(/^Takedown Map data: /);
  expect(text).not.toContain('The map:');
  expect(text).toContain(aboutText(ABOUT, fr));
});
