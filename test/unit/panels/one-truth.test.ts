// @vitest-environment happy-dom
/**
 * The bug of issue 12, now per operation: on the June 2017 page with the
 * legend's "Lead" on, every view must tell the same story — Spain lit, the
 * US dimmed — and a selection retells the panel, the list and the announcer.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mountAnnouncer } from '../../../src/a11y/announcer.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { mountLegend } from '../../../src/panels/legend.ts';
import { mountPanel } from '../../../src/panels/mount-panel.ts';
import { mountParticipantList } from '../../../src/panels/participant-list.ts';
import { mountTableView } from '../../../src/panels/table-view.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { mountStaticMap } from '../../../src/static/mount-static-map.ts';
import { createReducer, initialState, OVERVIEW } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';
import { loadTopology } from '../../fixtures/load.ts';

const JUNE = operationBySlug('2017-06')!;
const svgOf = (op: Operation) =>
  buildStaticSvg(
    buildMapData(loadTopology(), op, 'wide'),
    'light',
    { width: 400, height: 300 },
    { label: 'Map', className: 'op-static--wide' },
  );

function mountAll(op: Operation = OPERATION) {
  const svg = svgOf(op);
  const box = (id: string) => {
    const el = document.createElement('div');
    el.id = id;
    document.body.append(el);
    return el;
  };
  const [list, legend, panel, table, announcer, map] = [
    'list',
    'legend',
    'panel',
    'table',
    'announcer',
    'map',
  ].map(box) as HTMLElement[];
  map!.append(
    document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true),
  );
  const toggle = document.createElement('button');
  const store = createStore(createReducer(op), initialState(OVERVIEW, null, op.strike.id));
  const views = [
    mountParticipantList(list!, store, op),
    mountLegend(legend!, store, op),
    mountPanel(panel!, store, op, { focusOnChange: false }),
    mountTableView(table!, toggle, document.body, store, op),
    mountAnnouncer(announcer!, store, op),
    mountStaticMap(map!, store, op),
  ];
  // The table is built when first shown: the reader opens it.
  toggle.click();
  return {
    store,
    list: list!,
    legend: legend!,
    panel: panel!,
    table: table!,
    announcer: announcer!,
    map: map!,
    views,
  };
}

const keys = (root: Element, sel: string) =>
  [...root.querySelectorAll(sel)].map((e) => e.getAttribute('data-key'));
afterEach(() => document.body.replaceChildren());

describe('one truth in every view', () => {
  test('June 2017 page + Lead: legend, list, picture, panel and table all tell Spain', () => {
    const v = mountAll(JUNE);
    v.store.dispatch({ type: 'filter', role: 'lead' });

    expect(v.legend.querySelector('[data-role="lead"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(v.legend.querySelector('[data-role="lead"] .op-legend__count')!.textContent).toBe('1 country');
    expect(v.legend.querySelector('[data-role="evidence"]')).toBeNull();

    expect(keys(v.list, 'button[data-key]')).toEqual(['ES', 'US', 'hub']);
    expect(keys(v.list, 'button.is-dim')).toEqual(['US', 'hub']);
    expect(v.list.querySelector('[data-key="ES"]')!.textContent).toBe('Spain, Lead');

    const country = (k: string) =>
      [...v.map.querySelector(`path.country[data-key="${k}"]`)!.classList].sort().join(' ');
    expect(country('ES')).toBe('country role-lead');
    expect(country('US')).toBe('country is-dim role-support');
    expect(v.map.querySelector('path.country[data-key="BE"]')).toBeNull();

    expect(v.panel.querySelector('h2')!.textContent).toBe('What happened');
    expect(v.panel.textContent).toContain('Guardia Civil');

    expect(v.table.querySelector('caption')!.textContent).toBe('Participants and their roles, with sources');
    expect(keys(v.table, 'tbody tr')).toEqual(['ES', 'US', 'hub']);
  });

  test('choosing Spain in the list on the June 2017 page tells its lead role', () => {
    const v = mountAll(JUNE);
    (v.list.querySelector('[data-key="ES"]') as HTMLButtonElement).click();
    expect(v.store.getState().selection).toEqual({ kind: 'country', code: 'ES' });
    expect(v.panel.querySelector('h2')!.textContent).toBe('Spain');
    expect(v.panel.querySelector('.op-roles')!.textContent).toContain('Lead');
    expect(v.panel.textContent).toContain('Guardia Civil');
    expect(v.announcer.textContent).toBe('Selected Spain: Lead.');
    expect(v.map.querySelector('path.country[data-key="ES"]')!.classList.contains('is-selected')).toBe(true);
  });

  test('April + Lead: Belgium alone is lit in the list and the picture', () => {
    const v = mountAll();
    v.store.dispatch({ type: 'filter', role: 'lead' });
    expect(keys(v.list, 'button:not(.is-dim)')).toEqual(['BE']);
    expect(keys(v.map, 'path.country:not(.is-dim):not(.is-quiet)')).toEqual(['BE']);
  });

  test('a click on the picture picks the places the operation names', () => {
    const v = mountAll(JUNE);
    v.map
      .querySelector('path.country[data-key="ES"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(v.store.getState().selection).toEqual({ kind: 'country', code: 'ES' });
  });
});
