// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { edition } from '../../../build/edition.ts';
import { parseOptions } from '../../../src/app-options.ts';
import { editionNodes } from '../../../src/embed/mount-credit.ts';
import { mountCopyLink } from '../../../src/embed/mount-copy-link.ts';
import { layoutClasses } from '../../../src/embed/mount-embed.ts';
import { embedDialog } from '../../../src/embed/embed-dialog.ts';
import { createReducer, initialState } from '../../../src/state/reducer.ts';
import { serializeHash } from '../../../src/state/url-state.ts';
import { createStore } from '../../../src/state/store.ts';
import { mountTour } from '../../../src/story/tour.ts';
import { OPERATION, TOUR } from '../../../src/data/operation.ts';

afterEach(() => document.body.replaceChildren());

describe('embed layout classes', () => {
  test.each([
    ['', []],
    ['?show=map&fit=1', []],
    ['?embed=1', ['op-embed', 'op-compact']],
    ['?embed=1&show=map', ['op-embed', 'op-compact', 'op-show-map']],
    ['?embed=1&show=full', ['op-embed']],
    ['?embed=1&fit=1&title=0', ['op-embed', 'op-compact', 'op-fit', 'op-no-title']],
  ])('%s → %j', (q, want) => {
    expect(layoutClasses(parseOptions(q))).toEqual(want);
  });
});

describe('the dates in the credit line', () => {
  const text = (e: { published: string; updated: string }, latestOnly = false) => {
    const p = document.createElement('p');
    p.append(...editionNodes(e, undefined, latestOnly));
    return {
      text: p.textContent,
      times: [...p.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
    };
  };
  test('published only when both are the same day; machine-readable datetimes', () => {
    expect(text({ published: '2026-11-29', updated: '2026-11-29' })).toEqual({
      text: 'Published 29 November 2026',
      times: ['2026-11-29'],
    });
    expect(text({ published: '2026-11-29', updated: '2027-01-03' })).toEqual({
      text: 'Published 29 November 2026 · Updated 3 January 2027',
      times: ['2026-11-29', '2027-01-03'],
    });
  });
  test('a compact embed says only the latest date, so the line never wraps in a 375 px column', () => {
    expect(text({ published: '2026-11-29', updated: '2027-01-03' }, true)).toEqual({
      text: 'Updated 3 January 2027',
      times: ['2027-01-03'],
    });
    expect(text({ published: '2026-11-29', updated: '2026-11-29' }, true)).toEqual({
      text: 'Published 29 November 2026',
      times: ['2026-11-29'],
    });
  });
  test('the build takes PUBLISHED and UPDATED from the environment, ignores malformed ones, never goes backwards', () => {
    expect(edition({ PUBLISHED: '2026-12-01', UPDATED: '2026-12-24' })).toEqual({
      published: '2026-12-01',
      updated: '2026-12-24',
    });
    expect(edition({ PUBLISHED: '2026-12-01', UPDATED: '2026-11-01' })).toEqual({
      published: '2026-12-01',
      updated: '2026-12-01',
    });
    const e = edition({ PUBLISHED: 'yesterday' });
    expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.updated >= e.published).toBe(true);
  });
});

describe('"Copy link to this view"', () => {
  test('copies the URL of the current view; without a clipboard, shows it selected', async () => {
    const store = createStore(
      createReducer(OPERATION),
      initialState({ kind: 'country', code: 'FR' as never }),
    );
    const writeText = vi.fn(() => Promise.resolve());
    const url = (s: ReturnType<typeof store.getState>) =>
      `https://x.example/${serializeHash(s.selection, s)}`;
    const a = mountCopyLink(document.body, store, { url, clipboard: { writeText } });
    a.button.click();
    await vi.waitFor(() =>
      expect(document.querySelector('.op-copy-link__status')?.textContent).toBe('Link copied'),
    );
    expect(writeText).toHaveBeenCalledWith('https://x.example/#country=fr');
    a.destroy();
    expect(document.body.children).toHaveLength(0);

    const b = mountCopyLink(document.body, store, { url, clipboard: undefined });
    // Another operation's strike is not this page's: the link stays this page's view.
    store.dispatch({ type: 'strike', strike: '2017-06' });
    b.button.click();
    await vi.waitFor(() =>
      expect(document.querySelector<HTMLInputElement>('.op-copy-link__field')?.hidden).toBe(false),
    );
    expect(document.querySelector<HTMLInputElement>('.op-copy-link__field')!.value).toBe(
      'https://x.example/#country=fr',
    );
    b.destroy();
  });
});

describe('the embed dialog options', () => {
  test('changing an option rewrites all three codes', () => {
    const d = embedDialog(document.body, document.createElement('button'), {
      urls: { page: 'https://m.example/', dir: 'https://m.example/' },
      title: 'Map',
      selections: [{ value: 'fr', label: 'France' }],
      strikes: [
        { value: '2018-04', label: 'April 2018' },
        { value: '2017-06', label: 'June 2017' },
      ],
    });
    const codes = () => [...document.querySelectorAll('textarea')].map((t) => t.value);
    expect(codes()[0]).toContain('src="https://m.example/?embed=1&amp;fit=1"');
    const set = (name: string, value: string) => {
      const el = document.querySelector<HTMLSelectElement>(`[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('show', 'map');
    set('country', 'fr');
    set('strike', '2017-06');
    set('theme', 'dark');
    const title = document.querySelector<HTMLInputElement>('[name="title"]')!;
    title.checked = false;
    title.dispatchEvent(new Event('change', { bubbles: true }));
    const q = 'show=map&amp;title=0&amp;theme=dark&amp;country=fr&amp;strike=2017-06';
    expect(codes()[0]).toContain(`?embed=1&amp;fit=1&amp;${q}"`);
    expect(codes()[1]).toContain(`?embed=1&amp;${q}"`);
    expect(codes()[2]).toContain(`?embed=1&amp;${q}"`);
    set('strike', '2018-04');
    expect(codes()[1]).not.toContain('strike=');
    d.destroy();
  });

  test('"Everything" names the tour only where the operation has one', () => {
    const label = (tour?: boolean) => {
      document.body.replaceChildren();
      const d = embedDialog(document.body, document.createElement('button'), {
        urls: { page: 'https://m.example/', dir: 'https://m.example/' },
        title: 'Map',
        ...(tour === undefined ? {} : { tour }),
      });
      const text = document.querySelector('[name="show"] option[value="full"]')!.textContent;
      d.destroy();
      return text;
    };
    expect(label()).toBe('Everything (timeline, tour, table): tall');
    expect(label(true)).toBe('Everything (timeline, tour, table): tall');
    expect(label(false)).toBe('Everything (timeline, table): tall');
    expect(label(false)).not.toMatch(/tour/i);
  });
});

describe('the tour on touch screens', () => {
  test('a horizontal swipe steps; a vertical one does not', () => {
    const store = createStore(createReducer(OPERATION), initialState());
    const el = document.body.appendChild(document.createElement('section'));
    const t = mountTour(el, store, TOUR);
    store.dispatch({ type: 'step', step: 2 });
    const card = el.querySelector('.op-tour__running')!;
    const swipe = (x0: number, y0: number, x1: number, y1: number) => {
      card.dispatchEvent(Object.assign(new Event('touchstart'), { touches: [{ clientX: x0, clientY: y0 }] }));
      card.dispatchEvent(
        Object.assign(new Event('touchend'), { changedTouches: [{ clientX: x1, clientY: y1 }] }),
      );
    };
    swipe(300, 500, 100, 510);
    expect(store.getState().step).toBe(3);
    swipe(100, 500, 300, 490);
    expect(store.getState().step).toBe(2);
    swipe(200, 300, 220, 600);
    expect(store.getState().step).toBe(2);
    t.destroy();
  });
});

describe('cards over the map: camera padding', () => {
  const box = (x: number, y: number, w: number, h: number, style = '') => {
    const el = document.body.appendChild(document.createElement('div'));
    el.setAttribute('style', style);
    el.getBoundingClientRect = () => ({
      x,
      y,
      left: x,
      top: y,
      width: w,
      height: h,
      right: x + w,
      bottom: y + h,
      toJSON: () => ({}),
    });
    el.getClientRects = () => [el.getBoundingClientRect()] as unknown as DOMRectList;
    Object.defineProperty(el, 'clientWidth', { value: w });
    Object.defineProperty(el, 'clientHeight', { value: h });
    return el;
  };
  test('a wide card at the bottom pads the bottom; a side card the right; hidden cards nothing', async () => {
    const { coverInsets, cameraPadding } = await import('../../../src/app/sheet.ts');
    const map = box(0, 100, 400, 400);
    const bottom = box(8, 300, 384, 192);
    expect(coverInsets(map, [bottom], 1000)).toEqual({ top: 0, right: 0, bottom: 200, left: 0 });
    expect(cameraPadding(map, [bottom], 24)).toEqual({ top: 24, right: 24, bottom: 224, left: 24 });
    const side = box(240, 108, 152, 384);
    expect(coverInsets(map, [side], 1000)).toEqual({ top: 0, right: 160, bottom: 0, left: 0 });
    const hidden = box(8, 300, 384, 192, 'display: none');
    expect(coverInsets(map, [hidden], 1000)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    // A fixed sheet covers the map only down to the window's bottom.
    const sheet = box(0, 420, 400, 300, 'position: fixed');
    expect(coverInsets(map, [sheet], 450)).toEqual({ top: 0, right: 0, bottom: 30, left: 0 });
    // Never more than 60 % of the map.
    expect(cameraPadding(map, [box(0, 110, 400, 390)], 10).bottom).toBe(10 + 240);
  });
  test('a card over most of a small map: the base padding gives way, so the target keeps 35 % of the map', async () => {
    const { cameraPadding } = await import('../../../src/app/sheet.ts');
    // A 640 × 480 fit embed: a 624 × 310 map, the selection's card over its lower 175 px.
    const map = box(8, 32, 624, 310);
    const p = cameraPadding(map, [box(16, 167, 568, 170)], 60);
    expect(310 - p.top - p.bottom).toBeGreaterThanOrEqual(0.35 * 310);
    expect(p.bottom - p.top).toBe(175 - 0);
    expect(p.top).toBeGreaterThanOrEqual(8);
    // Sideways nothing is covered: the base stays.
    expect([p.left, p.right]).toEqual([60, 60]);
    // Never under 8 px, even with no room at all.
    expect(cameraPadding(map, [box(8, 42, 624, 300)], 60)).toMatchObject({ top: 8, bottom: 0.6 * 310 + 8 });
  });
});
