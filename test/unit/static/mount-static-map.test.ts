// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { mountStaticMap } from '../../../src/static/mount-static-map.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { reducer } from '../../fixtures/app.ts';
import { createStore } from '../../../src/state/store.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
const svgs = (['wide', 'tall'] as const).map((o) =>
  buildStaticSvg(
    buildMapData(topo, OPERATION, o),
    'light',
    { width: 400, height: 300 },
    { label: 'Map', className: `op-static--${o}` },
  ),
);

const setup = () => {
  const box = document.createElement('div');
  for (const s of svgs)
    box.append(
      document.importNode(new DOMParser().parseFromString(s, 'image/svg+xml').documentElement, true),
    );
  document.body.replaceChildren(box);
  const store = createStore(reducer, initialState());
  return { box, store, handle: mountStaticMap(box, store, OPERATION) };
};
const selected = (box: Element) =>
  [...box.querySelectorAll('.is-selected')]
    .map((e) => `${e.tagName.toLowerCase()}:${e.getAttribute('data-key')}`)
    .sort();
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));

afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset.mapState;
});
/** MutationObserver callbacks have run. */
const observed = () => new Promise((r) => setTimeout(r, 0));

describe('mountStaticMap()', () => {
  test('reports whether a picture is present', () => {
    expect(setup().handle.present).toBe(true);
    const empty = document.createElement('div');
    expect(mountStaticMap(empty, createStore(reducer, initialState()), OPERATION).present).toBe(false);
  });

  test('highlights the selected country in both pictures: shape, spoke and label', () => {
    const { box, store } = setup();
    expect(selected(box)).toEqual([]);
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' } });
    expect(selected(box)).toEqual([
      'path:FR',
      'path:FR',
      'path:FR',
      'path:FR',
      'path:FR',
      'path:FR',
      'text:FR',
      'text:FR',
    ]);
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(selected(box)).toEqual(['g:hub', 'g:hub']);
  });

  test('a click on a country or the hub selects it', () => {
    const { box, store } = setup();
    click(box.querySelector('path.country[data-key="RO"]')!);
    expect(store.getState().selection).toEqual({ kind: 'country', code: 'RO' });
    click(box.querySelector('.hub-dot')!);
    expect(store.getState().selection).toEqual({ kind: 'hub' });
    click(box.querySelector('path.land')!);
    expect(store.getState().selection).toEqual({ kind: 'hub' });
  });

  test('dims what the role filter leaves out', () => {
    const { box, store } = setup();
    store.dispatch({ type: 'filter', role: 'servers' });
    const dim = new Set(
      [...box.querySelectorAll('path.country.is-dim')].map((e) => e.getAttribute('data-key')),
    );
    expect([...dim].sort()).toEqual(['BE', 'BG', 'FR', 'GB', 'RO']);
    expect(box.querySelector('g.hub')!.classList.contains('is-dim')).toBe(true);
  });

  test('hidden behind the ready map, the pictures are not redrawn; they catch up when they show again', async () => {
    const { box, store } = setup();
    document.documentElement.dataset.mapState = 'ready';
    await observed();
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' } });
    expect(selected(box)).toEqual([]);
    // A lost WebGL context shows the picture again (static-map.css): it shows the state of now.
    box.classList.add('is-context-lost');
    await observed();
    expect(selected(box)).toContain('path:FR');
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(selected(box)).toEqual(['g:hub', 'g:hub']);
    box.classList.remove('is-context-lost');
    await observed();
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'RO' } });
    expect(selected(box)).toEqual(['g:hub', 'g:hub']);
    // The map failed later: the fallback shows the picture.
    document.documentElement.dataset.mapState = 'fallback';
    await observed();
    expect(selected(box)).toContain('path:RO');
    expect(selected(box)).not.toContain('g:hub');
  });

  test('printing draws the hidden pictures first (print shows the picture)', () => {
    const { box, store } = setup();
    document.documentElement.dataset.mapState = 'ready';
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'BG' } });
    expect(selected(box)).toEqual([]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(selected(box)).toContain('path:BG');
  });

  test('only what changed is redrawn: a hover leaves the other shapes alone', () => {
    const { box, store } = setup();
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' } });
    const be = box.querySelector<SVGElement>('path.country[data-key="BE"]')!;
    // A class set from outside on a shape whose place does not change stays.
    be.classList.add('probe');
    store.dispatch({ type: 'hover', key: 'BE' });
    expect(be.classList.contains('is-hover')).toBe(true);
    const ro = box.querySelector<SVGElement>('path.country[data-key="RO"]')!;
    ro.classList.add('is-hover');
    store.dispatch({ type: 'hover', key: 'FR' });
    expect(ro.classList.contains('is-hover')).toBe(true);
    expect(be.classList.contains('is-hover')).toBe(false);
  });

  test('destroy() stops listening to the store and to clicks', () => {
    const { box, store, handle } = setup();
    handle.destroy();
    click(box.querySelector('path.country[data-key="RO"]')!);
    expect(store.getState().selection).toEqual({ kind: 'overview' });
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' } });
    expect(selected(box)).toEqual([]);
  });
});
