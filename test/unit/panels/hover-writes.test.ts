// @vitest-environment happy-dom
/**
 * A hover is the most frequent state change (every country the pointer
 * crosses): the views write only what it changes, so the next frame has
 * little to restyle. The legend does not change at all; the list changes the
 * hovered buttons' class.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { mountLegend } from '../../../src/panels/legend.ts';
import { mountParticipantList } from '../../../src/panels/participant-list.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';
import { reducer } from '../../fixtures/app.ts';

const box = () => document.body.appendChild(document.createElement('div'));
/** Every mutation under `el` while `fn` runs: "attribute name" or "childList"/"characterData". */
async function writes(el: Element, fn: () => void): Promise<string[]> {
  const seen: string[] = [];
  const o = new MutationObserver((records) => {
    for (const r of records) seen.push(r.type === 'attributes' ? `${r.attributeName}` : r.type);
  });
  o.observe(el, { subtree: true, attributes: true, childList: true, characterData: true });
  fn();
  await new Promise((r) => setTimeout(r, 0));
  o.disconnect();
  return seen;
}

afterEach(() => document.body.replaceChildren());

describe('what a hover writes', () => {
  test('the legend: nothing', async () => {
    const el = box();
    const store = createStore(reducer, initialState());
    mountLegend(el, store, OPERATION);
    expect(await writes(el, () => store.dispatch({ type: 'hover', key: 'FR' }))).toEqual([]);
    expect(await writes(el, () => store.dispatch({ type: 'filter', role: 'lead' }))).toContain(
      'aria-pressed',
    );
  });

  test('the list: the class of the buttons hovered, nothing else', async () => {
    const el = box();
    const store = createStore(reducer, initialState());
    mountParticipantList(el, store, OPERATION);
    expect(await writes(el, () => store.dispatch({ type: 'hover', key: 'FR' }))).toEqual(['class']);
    expect(await writes(el, () => store.dispatch({ type: 'hover', key: 'BE' }))).toEqual(['class', 'class']);
    const pressed = await writes(el, () =>
      store.dispatch({ type: 'select', selection: { kind: 'country', code: 'BE' } }),
    );
    expect(pressed.filter((w) => w === 'aria-pressed')).toHaveLength(1);
  });
});
