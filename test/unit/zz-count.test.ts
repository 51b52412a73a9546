import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { OPERATION } from '../../src/data/operation.ts';
import { ABOUT } from '../../src/data/about.ts';
import { translatableTexts } from '../../src/i18n/localize.ts';
test('dump', () => {
  const t = translatableTexts(OPERATION, ABOUT);
  writeFileSync('/tmp/texts.json', JSON.stringify(t, null, 1));
  console.log(t.length, t.join(' ').length);
});
