/**
 * "Add an operation" works with no code change: the template folder, copied
 * to src/data/operations/2099-01-template/, passes check-data and builds into
 * a working page at <out>/2099-01-template/ that reaches `ready`, lists the
 * operation in operations.json, selects its country by deep link and
 * requests nothing off the origin. Built into a temporary folder, so dist/
 * is untouched; the copy is removed afterwards.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseContext } from '../../build/check-data.ts';
import { checkOperation, problemText } from '../../src/data/check/check-operation.ts';
import type { Operation } from '../../src/data/types.ts';
import { HAS_CHROMIUM, expectClean, launch, openPage, panelTitle, waitForMapState } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = '2099-01-template';
const FOLDER = resolve(ROOT, 'src/data/operations', SLUG);

describe.skipIf(!HAS_CHROMIUM)('a folder copied from the template', () => {
  const out = mkdtempSync(resolve(tmpdir(), 'takedown-template-'));
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    if (existsSync(FOLDER)) throw new Error(`${FOLDER} exists: remove it first`);
    cpSync(resolve(ROOT, 'src/data/operations/_template'), FOLDER, { recursive: true });
    try {
      await build({ root: ROOT, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    } finally {
      rmSync(FOLDER, { recursive: true, force: true });
    }
    server = await preview({
      root: ROOT,
      logLevel: 'silent',
      build: { outDir: out },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
    });
  }, 180_000);
  afterAll(async () => {
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
    rmSync(out, { recursive: true, force: true });
    rmSync(FOLDER, { recursive: true, force: true });
  });

  test('check-data, as copied, lists only the placeholders left to write', async () => {
    cpSync(resolve(ROOT, 'src/data/operations/_template'), FOLDER, { recursive: true });
    try {
      const { OPERATION } = (await import(`${FOLDER}/index.ts`)) as { OPERATION: Operation };
      const problems = checkOperation(OPERATION, {
        ...baseContext(),
        folder: SLUG,
        files: ['index.ts', 'participants.ts', 'roles.ts', 'sources.ts'],
      });
      expect(problems.length).toBeGreaterThan(10);
      for (const p of problems)
        expect(problemText(p)).toMatch(/placeholder text from the template.*\n.*Fix: write the real text/);
      expect(problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['title', 'participants[0].actions[0].text']),
      );
    } finally {
      rmSync(FOLDER, { recursive: true, force: true });
    }
  });

  test('builds into a listed, working page', async () => {
    const listed = JSON.parse(readFileSync(resolve(out, 'operations.json'), 'utf8')) as {
      slug: string;
      path: string;
    }[];
    expect(listed.find((o) => o.slug === SLUG)?.path).toBe(`${SLUG}/`);
    for (const f of ['index.html', 'share.png', 'static-map-wide.png', 'data/participants.csv'])
      expect(existsSync(resolve(out, SLUG, f)), f).toBe(true);
    const url = `http://127.0.0.1:${(server!.httpServer.address() as AddressInfo).port}/`;
    const browser = await launch();
    try {
      const w = await openPage(browser, url);
      await w.goto(`${SLUG}/#country=be`);
      expect(await waitForMapState(w.page, ['ready', 'fallback', 'error'])).toBe('ready');
      expect(await w.page.locator('h1').textContent()).toBe('Replace: the headline of the operation');
      await expect.poll(() => panelTitle(w.page)).toBe('Belgium');
      expect(await w.page.locator('[data-strike="2099-01"]').getAttribute('aria-current')).toBe('page');
      await expectClean(w);
    } finally {
      await browser.close();
    }
  });
});
