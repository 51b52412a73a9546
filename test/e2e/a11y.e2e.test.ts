import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, labelPixels, launch, openPage, panelTitle, startServer, waitForMapState, type Server } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (through the debugger, so the page's CSP stays strict) and returns every violation. */
async function axe(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (source) => {
    // eslint-disable-next-line no-new-func -- test-only: evaluates the axe-core bundle inside the page
    new Function(source)();
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE);
  return violations.map((v: AxeViolation) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!HAS_CHROMIUM)('accessibility in every state', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => { server = await startServer(); browser = await launch(); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const states: [string, string, object][] = [
    ['overview', '', {}],
    ['a country selected', '#country=be', {}],
    ['the hub selected', '#hub', {}],
    ['dark theme', '?theme=dark#country=gb', { colorScheme: 'dark' }],
    ['375 px wide', '#country=ro', { viewport: { width: 375, height: 667 } }],
    ['embed mode', '?embed=1', { viewport: { width: 600, height: 800 } }],
    ['fallback (no WebGL map)', '?static=1#country=ca', {}],
    ['forced colours', '#country=nl', { forcedColors: 'active' }],
  ];
  for (const [name, path, opts] of states) {
    test(`axe finds no violations: ${name}`, async () => {
      const w = await openPage(browser, server.url, opts);
      await w.page.goto(server.url + path);
      await waitForMapState(w.page, ['ready', 'fallback']);
      expect(await axe(w.page)).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }

  test('axe finds no violations: table view', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url);
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-table-toggle').click();
    expect(await w.page.locator('#op-table table').isVisible()).toBe(true);
    expect(await w.page.locator('#op-table tbody tr').count()).toBe(9);
    expect(await axe(w.page)).toEqual([]);
    await w.context.close();
  });

  test('keyboard only: every participant and the hub can be selected and its role read', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url);
    await waitForMapState(w.page, ['ready']);
    const expected: [string, string][] = [
      ['Belgium', 'Lead'], ['Bulgaria', 'Digital evidence seized'], ['Canada', 'Servers seized'], ['France', 'Digital evidence seized'],
      ['Netherlands', 'Servers seized'], ['Romania', 'Digital evidence seized'], ['United Kingdom', 'Registrars identified'],
      ['United States', 'Servers seized'], ['The Hague', 'Coordination hub'],
    ];
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Tab');
    for (const [i, [name, role]] of expected.entries()) {
      await w.page.keyboard.press('Enter');
      expect(await panelTitle(w.page)).toBe(name);
      expect(await w.page.locator('#op-panel .op-roles').textContent()).toContain(role);
      await w.page.keyboard.press('Escape');
      if (i < expected.length - 1) await w.page.keyboard.press('ArrowDown');
    }
    await w.context.close();
  });

  test('the live region announces a selection', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url);
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-participants [data-key="GB"]').click();
    expect(await w.page.locator('#op-announcer').textContent()).toBe('Selected United Kingdom: Registrars identified.');
    expect(await w.page.locator('#op-announcer').getAttribute('aria-live')).toBe('polite');
    await w.context.close();
  });

  test('no horizontal scrolling at 320 px', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 320, height: 640 } });
    await w.page.goto(server.url + '#country=us');
    await waitForMapState(w.page, ['ready']);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await w.context.close();
  });

  test('on a phone the panel is a bottom sheet that leaves the selected country in sight', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });
    await w.page.goto(server.url + '?debug=1');
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-participants [data-key="RO"]').click();
    await w.page.waitForFunction(() => !(window as unknown as { __takedownMap: { isMoving(): boolean } }).__takedownMap.isMoving());
    await w.page.waitForTimeout(300);
    const sheet = await w.page.locator('#op-panel').evaluate((el) => ({ position: getComputedStyle(el).position, top: el.getBoundingClientRect().top }));
    expect(sheet.position).toBe('fixed');
    const ro = (await labelPixels(w.page)).Romania!;
    expect(ro.y).toBeGreaterThan(0);
    expect(ro.y).toBeLessThan(sheet.top);
    expect(ro.x).toBeGreaterThan(0);
    expect(ro.x).toBeLessThan(375);
    await w.context.close();
  });

  test('touch targets are at least 44 px at 375 px', async () => {
    const w = await openPage(browser, server.url, { viewport: { width: 375, height: 667 } });
    await w.page.goto(server.url + '?static=1');
    await waitForMapState(w.page, ['fallback']);
    const small = await w.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, [role="button"]')]
      .filter((b) => b.offsetParent !== null && !b.closest('.maplibregl-ctrl'))
      .map((b) => ({ name: b.textContent?.trim().slice(0, 30), h: b.getBoundingClientRect().height, w: b.getBoundingClientRect().width }))
      .filter((b) => b.h < 44 || b.w < 44));
    expect(small).toEqual([]);
    await w.context.close();
  });

  test('in forced colours the swatches keep their role colours and the selection stays visible', async () => {
    const w = await openPage(browser, server.url, { forcedColors: 'active' });
    await w.page.goto(server.url + '?static=1#country=fr');
    await waitForMapState(w.page, ['fallback']);
    const swatch = await w.page.locator('#op-participants [data-key="BE"] .op-swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(swatch).toBe('rgb(213, 94, 0)');
    const outline = await w.page.locator('#op-participants [data-key="FR"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await w.context.close();
  });

  test('the legend filters by role: map and list fade what lacks it, a second press clears it', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url + '?debug=1');
    await waitForMapState(w.page, ['ready']);
    const dim = (id: string) => w.page.evaluate((k) => (window as unknown as { __takedownMap: import('maplibre-gl').Map }).__takedownMap
      .getFeatureState({ source: 'countries', id: k }).dim === true, id);
    const servers = w.page.locator('#op-legend [data-role="servers"]');
    await servers.press('Enter');
    expect(await servers.getAttribute('aria-pressed')).toBe('true');
    expect(await w.page.locator('#op-participants [data-key="BE"]').getAttribute('class')).toContain('is-dim');
    expect(await w.page.locator('#op-participants [data-key="NL"]').getAttribute('class')).not.toContain('is-dim');
    await expect.poll(() => dim('BE')).toBe(true);
    expect(await dim('NL')).toBe(false);
    await servers.press('Enter');
    expect(await servers.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => dim('BE')).toBe(false);
    expect(await w.page.locator('#op-participants [data-key="BE"]').getAttribute('class')).not.toContain('is-dim');
    await w.context.close();
  });

  test('pinch-zoom of the page is never disabled', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url);
    const viewport = await w.page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
    await w.context.close();
  });

  test('with reduced motion, selecting a country moves the camera without animation', async () => {
    const w = await openPage(browser, server.url, { reducedMotion: 'reduce' });
    await w.page.goto(server.url + '?debug=1');
    await waitForMapState(w.page, ['ready']);
    await w.page.locator('#op-participants [data-key="RO"]').click();
    await w.page.waitForTimeout(150);
    const moving = await w.page.evaluate(() => (window as unknown as { __takedownMap: { isMoving(): boolean; getZoom(): number } }).__takedownMap.isMoving());
    expect(moving).toBe(false);
    await w.context.close();
  });
});
