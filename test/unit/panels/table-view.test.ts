// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { mountTableView } from '../../../src/panels/table-view.ts';
import { createReducer, initialState, OVERVIEW } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';

afterEach(() => document.body.replaceChildren());

describe('the table view, built when first shown', () => {
  test('nothing is built at mount; the first press builds it, later presses only hide and show it', () => {
    const el = document.body.appendChild(document.createElement('div'));
    const stage = document.body.appendChild(document.createElement('section'));
    const toggle = document.body.appendChild(document.createElement('button'));
    const store = createStore(createReducer(OPERATION), initialState(OVERVIEW, null, OPERATION.strike.id));
    const v = mountTableView(el, toggle, stage, store, OPERATION);
    expect(el.childElementCount).toBe(0);
    expect(el.hidden).toBe(true);
    expect(toggle.textContent).toBe('Show as a table');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    // A store change before the table is shown builds nothing.
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'FR' } });
    expect(el.childElementCount).toBe(0);

    toggle.click();
    expect(el.hidden).toBe(false);
    expect(stage.classList.contains('is-table')).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Show the map');
    const table = el.querySelector('table')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(9);
    expect(table.querySelector('caption')!.getAttribute('tabindex')).toBe('-1');

    toggle.click();
    expect(el.hidden).toBe(true);
    toggle.click();
    // The same table, not a rebuilt one.
    expect(el.querySelector('table')).toBe(table);
    v.destroy();
    toggle.click();
    expect(el.hidden).toBe(false);
  });
});
