import type { Map as MlMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { app, e2eSuite, HAS_CHROMIUM, labelPixels, panelTitle, waitForMapState } from './harness.ts';

/** Counts the map's `render` events from now on, and when the app first tells the map a country is selected. */
const countRenders = (page: Page) =>
  page.evaluate(() => {
    const probe = { renders: 0, rendersBeforeTold: null as number | null };
    (window as unknown as { __renders: typeof probe }).__renders = probe;
    const map = (window as unknown as { __takedownMap: MlMap }).__takedownMap;
    map.on('render', () => probe.renders++);
    const set = map.setFeatureState.bind(map);
    map.setFeatureState = (feature, state) => {
      if (feature.source === 'countries' && state.selected === true && probe.rendersBeforeTold === null)
        probe.rendersBeforeTold = probe.renders;
      return set(feature, state);
    };
  });
const renders = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __renders: { renders: number; rendersBeforeTold: number | null } }).__renders,
  );
/** Two frames and the tasks after them: where a redraw asked for by the click would have been drawn. */
const twoFrames = (page: Page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });

describe.skipIf(!HAS_CHROMIUM)('clicks on the map draw the map only when it changes', () => {
  const suite = e2eSuite();

  test('a click that changes nothing (the selected country again) does not redraw the map', async () => {
    const w = await suite.open('#country=fr');
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    await a.settle();
    const fr = (await labelPixels(w.page)).France!;
    await w.page.mouse.move(fr.x, fr.y + 12);
    await a.settle();
    await countRenders(w.page);
    await w.page.mouse.click(fr.x, fr.y + 12);
    await twoFrames(w.page);
    expect(await panelTitle(w.page)).toBe('France');
    expect((await renders(w.page)).renders).toBe(0);
  });

  test('a click that selects a country paints the panel before the map draws anything', async () => {
    const w = await suite.open();
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    await a.settle();
    const fr = (await labelPixels(w.page)).France!;
    await w.page.mouse.move(fr.x, fr.y + 12);
    await a.settle();
    await countRenders(w.page);
    await w.page.mouse.click(fr.x, fr.y + 12);
    await expect.poll(() => a.map.featureState('FR')).toMatchObject({ selected: true });
    expect(await panelTitle(w.page)).toBe('France');
    // No redraw between the click and the moment the map is told (after the panel's frame); then the camera moves.
    expect((await renders(w.page)).rendersBeforeTold).toBe(0);
    await a.settle();
    expect((await renders(w.page)).renders).toBeGreaterThan(1);
  });

  test('a drag still moves and redraws the map, and a wheel still zooms it', async () => {
    const w = await suite.open();
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    await a.settle();
    const centre = () =>
      w.page.evaluate(() =>
        (window as unknown as { __takedownMap: MlMap }).__takedownMap.getCenter().toArray(),
      );
    const before = await centre();
    const zoom = await a.map.zoom();
    await countRenders(w.page);
    const box = (await w.page.locator('#op-map canvas').boundingBox())!;
    const x = box.x + box.width / 2,
      y = box.y + box.height / 2;
    await w.page.mouse.move(x, y);
    await w.page.mouse.down();
    for (let i = 1; i <= 8; i++) await w.page.mouse.move(x + i * 12, y + i * 6);
    await w.page.mouse.up();
    await a.settle();
    const after = await centre();
    expect(Math.abs(after[0] - before[0])).toBeGreaterThan(1);
    expect((await renders(w.page)).renders).toBeGreaterThan(1);
    await w.page.mouse.wheel(0, -300);
    await expect.poll(() => a.map.zoom()).toBeGreaterThan(zoom);
  });
});

describe.skipIf(!HAS_CHROMIUM)('a click repaints the side column in the page’s own layer', () => {
  const suite = e2eSuite();

  test('desktop: after a list click no block of the side column or the footer is a composited layer', async () => {
    const w = await suite.open();
    await waitForMapState(w.page, ['ready']);
    const a = app(w.page);
    await a.settle();
    const cdp = await w.context.newCDPSession(w.page);
    // The compositor's layers as Chromium reports them after each change of the layer tree.
    let layers: { layerId: string; drawsContent: boolean; backendNodeId?: number }[] = [];
    let updates = 0;
    cdp.on('LayerTree.layerTreeDidChange', (e) => {
      if (!e.layers) return;
      layers = e.layers;
      updates++;
    });
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('LayerTree.enable');
    await w.page.locator('#op-participants [data-key="FR"]').click();
    await expect.poll(() => panelTitle(w.page)).toBe('France');
    await a.settle();
    const seen = updates;
    // One more change of the tree after the panel and the map have settled, to read the layers as they stay.
    await w.page.evaluate(() => document.body.style.setProperty('--op-probe', '1'));
    await w.page.mouse.move(5, 5);
    await expect.poll(() => updates).toBeGreaterThan(seen);
    const where = await Promise.all(
      layers
        .filter((l) => l.drawsContent && l.backendNodeId)
        .map(async (l) => {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: l.backendNodeId });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId!,
            functionDeclaration:
              'function () { const e = this.nodeType === 1 ? this : this.parentElement; return e ? (e.closest(".op-aside, .op-footer") ? "side: " : "") + e.tagName + "." + e.className : "?"; }',
            returnByValue: true,
          });
          return String(result.value);
        }),
    );
    // The map's canvas is one (the check sees layers at all); nothing beside the map is.
    expect(where.some((s) => s.startsWith('CANVAS'))).toBe(true);
    expect(where.filter((s) => s.startsWith('side: '))).toEqual([]);
    await cdp.detach();
  });
});
