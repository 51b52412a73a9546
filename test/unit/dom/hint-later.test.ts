import { beforeEach, describe, expect, test } from 'vitest';
import { hintLater, type LaterFiles } from '../../../src/dom/hint-later.ts';

const later: LaterFiles = {
  app: { scripts: ['./assets/start-app.js'], styles: [], fonts: [] },
  map: {
    scripts: ['./assets/mount-map.js'],
    styles: ['./assets/mount-map.css'],
    fonts: ['./assets/a.woff2'],
  },
  worker: './assets/maplibre-gl-worker.mjs',
  data: './assets/map-data.json',
};

/** Just what hintLater touches (a real DOM would fetch the hints). */
function fakeDocument(block: string | null) {
  const links: Record<string, string>[] = [];
  const doc = {
    getElementById: (id: string) => (id === 'op-later' && block !== null ? { textContent: block } : null),
    createElement: () => {
      const attrs: Record<string, string> = {};
      return { attrs, setAttribute: (k: string, v: string) => (attrs[k] = v) };
    },
    head: { append: (el: { attrs: Record<string, string> }) => links.push(el.attrs) },
  };
  return { doc: doc as unknown as Document, links };
}
let fake: ReturnType<typeof fakeDocument>;
const hints = () => fake.links.map((l) => [l.rel, l.href, l.fetchpriority ?? ''].join(' '));

describe('hintLater()', () => {
  beforeEach(() => {
    fake = fakeDocument(JSON.stringify(later));
  });

  test('hints the app and the map at low priority, with the map data', () => {
    expect(hintLater(fake.doc, { app: true, map: true })).toBe(6);
    expect(hints()).toEqual([
      'modulepreload ./assets/start-app.js low',
      'modulepreload ./assets/mount-map.js low',
      'prefetch ./assets/mount-map.css ',
      'prefetch ./assets/a.woff2 ',
      'prefetch ./assets/maplibre-gl-worker.mjs ',
      'preload ./assets/map-data.json low',
    ]);
    expect(fake.links.at(-1)).toMatchObject({ as: 'fetch', crossorigin: 'anonymous' });
  });

  test('without the map (?static=1) only the app is hinted', () => {
    hintLater(fake.doc, { app: true, map: false });
    expect(hints()).toEqual(['modulepreload ./assets/start-app.js low']);
  });

  test("the map's hints alone (sent once the picture is on screen): not the app's", () => {
    expect(hintLater(fake.doc, { app: false, map: true })).toBe(5);
    expect(hints()[0]).toBe('modulepreload ./assets/mount-map.js low');
    expect(hints()).not.toContain('modulepreload ./assets/start-app.js low');
  });

  test('no list, or a broken one: no hints, no error', () => {
    expect(hintLater(fakeDocument(null).doc, { app: true, map: true })).toBe(0);
    expect(hintLater(fakeDocument('{').doc, { app: true, map: true })).toBe(0);
  });
});
