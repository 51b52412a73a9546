// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { bindHost } from '../../../src/embed/bind-host.ts';
import { initialState, type Action, type State } from '../../../src/state/reducer.ts';
import { HOST_VOCAB, reducer } from '../../fixtures/app.ts';
import { createStore } from '../../../src/state/store.ts';

function setup() {
  const store = createStore<State, Action>(reducer, initialState());
  const root = document.createElement('div');
  root.dataset.mapState = 'loading';
  const posted: unknown[] = [];
  const parent = {
    postMessage: (m: unknown) => {
      posted.push(m);
    },
  } as unknown as Window;
  const win = new EventTarget() as unknown as Window;
  const langs: string[] = [];
  const handle = bindHost(store, { win, parent, root, vocab: HOST_VOCAB, onLang: (l) => langs.push(l) });
  const send = (data: unknown, source: unknown = parent) => {
    const e = new Event('message') as MessageEvent;
    Object.defineProperties(e, { data: { value: data }, source: { value: source } });
    win.dispatchEvent(e);
  };
  return { store, root, posted, handle, send, langs };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('bindHost()', () => {
  test('host commands from the parent select and reset', () => {
    const t = setup();
    t.send({ source: 'takedown-map', type: 'select', country: 'uk' });
    expect(t.store.getState().selection).toEqual({ kind: 'country', code: 'GB' });
    t.send({ source: 'takedown-map', type: 'reset' });
    expect(t.store.getState().selection).toEqual({ kind: 'overview' });
  });
  test('a lang command from the parent asks for that language; a malformed one or one from elsewhere does not', () => {
    const t = setup();
    t.send({ source: 'takedown-map', type: 'lang', lang: 'ro' });
    t.send({ source: 'takedown-map', type: 'lang', lang: 'bg' }, {});
    t.send({ source: 'takedown-map', type: 'lang', lang: 'xx' });
    t.send({ source: 'takedown-map', type: 'lang', lang: 'de', theme: 'dark' });
    expect(t.langs).toEqual(['ro']);
    expect(t.store.getState().selection).toEqual({ kind: 'overview' });
  });
  test('commands from any other window, and malformed ones, are ignored', () => {
    const t = setup();
    t.send({ source: 'takedown-map', type: 'select', country: 'fr' }, {});
    t.send({ source: 'takedown-map', type: 'select', country: 'fr' }, null);
    for (const bad of [
      null,
      'reset',
      [],
      { source: 'x', type: 'reset' },
      { source: 'takedown-map', type: 'select', country: 'zz' },
    ])
      t.send(bad);
    expect(t.store.getState().selection).toEqual({ kind: 'overview' });
  });
  test('posts select and deselect when the selection changes, nothing otherwise', () => {
    const t = setup();
    t.store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' as never } });
    t.store.dispatch({ type: 'hover', key: 'BE' });
    t.store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    t.store.dispatch({ type: 'select', selection: { kind: 'overview' } });
    expect(t.posted).toEqual([
      { source: 'takedown-map', type: 'select', country: 'fr' },
      { source: 'takedown-map', type: 'select', country: 'hub' },
      { source: 'takedown-map', type: 'deselect' },
    ]);
  });
  test('posts ready once, when data-map-state settles', async () => {
    const t = setup();
    t.root.dataset.mapState = 'static';
    await flush();
    expect(t.posted).toEqual([]);
    t.root.dataset.mapState = 'ready';
    await flush();
    t.root.dataset.mapState = 'fallback';
    await flush();
    expect(t.posted).toEqual([{ source: 'takedown-map', type: 'ready', mapState: 'ready' }]);
  });
  test('destroy removes the listener and the subscription', () => {
    const t = setup();
    t.handle.destroy();
    t.send({ source: 'takedown-map', type: 'select', country: 'fr' });
    expect(t.store.getState().selection).toEqual({ kind: 'overview' });
    t.store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(t.posted).toEqual([]);
  });
});
