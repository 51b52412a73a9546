import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildStaticAssets } from '../../build/static-assets.ts';
import { OPERATION } from '../../src/data/operation.ts';
test('scratch', () => {
  const png = buildStaticAssets(OPERATION).sharePng();
  writeFileSync('/tmp/shots/share.png', png);
  console.log('bytes', png.length);
});
