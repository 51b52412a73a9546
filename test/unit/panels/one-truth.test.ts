// @vitest-environment happy-dom
/**
 * The bug of issue 12: with June 2017 chosen and the legend's "Lead" on,
 * every view must tell the same story — Spain lit, Belgium not — and a
 * strike retells the panel, the list, the table and the announcer.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mountAnnouncer } from '../../../src/a11y/announcer.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { mountLegend } from '../../../src/panels/legend.ts';
import { mountPanel } from '../../../src/panels/mount-panel.ts';
import { mountParticipantList } from '../../../src/panels/participant-list.ts';
import { mountTableView } from '../../../src/panels/table-view.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { mountStaticMap } from '../../../src/static/mount-static-map.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { createStore } from '../../../src/state/store.ts';
import { reducer } from '../../fixtures/app.ts';
import { loadTopology } from '../../fixtures/load.ts';

const svg = buildStaticSvg(
  buildMapData(loadTopology(), OPERATION, 'wide'),
  'light',
  { width: 400, height: 300 },
  { label: 'Map', className: 'op-static--wide' },
);

function mountAll() {
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
  const store = createStore(reducer, initialState());
  const views = [
    mountParticipantList(list!, store, OPERATION),
    mountLegend(legend!, store, OPERATION),
    mountPanel(panel!, store, OPERATION, { focusOnChange: false }),
    mountTableView(table!, toggle, document.body, store, OPERATION),
    mountAnnouncer(announcer!, store, OPERATION),
    mountStaticMap(map!, store, OPERATION),
  ];
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
  test('June 2017 + Lead: legend, list, picture, panel, table and announcer all tell Spain', () => {
    const v = mountAll();
    v.store.dispatch({ type: 'strike', strike: '2017-06' });
    v.store.dispatch({ type: 'filter', role: 'lead' });

    expect(v.legend.querySelector('[data-role="lead"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(v.legend.querySelector('[data-role="lead"] .op-legend__count')!.textContent).toBe('1 country');

    expect(keys(v.list, 'button[data-key]')).toEqual(['ES', 'US', 'hub']);
    expect(keys(v.list, 'button.is-dim')).toEqual(['US', 'hub']);
    expect(v.list.querySelector('[data-key="ES"]')!.textContent).toBe('Spain, Lead');

    const country = (k: string) =>
      [...v.map.querySelector(`path.country[data-key="${k}"]`)!.classList].sort().join(' ');
    expect(country('ES')).toBe('country role-lead');
    expect(country('US')).toBe('country is-dim role-support');
    expect(country('BE')).toBe('country is-quiet');
    expect(keys(v.map, '.pattern:not(.is-off)')).toEqual([]);
    expect(keys(v.map, '.spoke.is-quiet').sort()).toEqual(['BE', 'BG', 'CA', 'FR', 'GB', 'RO']);

    expect(v.panel.querySelector('h2')!.textContent).toBe('June 2017');
    expect(v.panel.textContent).toContain('Led by: Spain (Guardia Civil)');

    expect(v.table.querySelector('caption')!.textContent).toBe('Countries named for June 2017, with sources');
    expect(keys(v.table, 'tbody tr')).toEqual(['ES', 'US', 'hub']);

    expect(v.announcer.textContent).toBe('Showing June 2017: Spain, lead; United States, support.');
  });

  test('choosing Spain in the list under June 2017 tells its lead role; back in April, the list is the eight again', () => {
    const v = mountAll();
    v.store.dispatch({ type: 'strike', strike: '2017-06' });
    (v.list.querySelector('[data-key="ES"]') as HTMLButtonElement).click();
    expect(v.store.getState().selection).toEqual({ kind: 'country', code: 'ES' });
    expect(v.panel.querySelector('h2')!.textContent).toBe('Spain');
    expect(v.panel.querySelector('.op-roles')!.textContent).toContain('Lead');
    expect(v.panel.textContent).toContain('June 2017: lead.');
    expect(v.announcer.textContent).toBe('Selected Spain: Lead.');
    expect(v.map.querySelector('path.country[data-key="ES"]')!.classList.contains('is-selected')).toBe(true);

    v.store.dispatch({ type: 'strike', strike: '2018-04' });
    expect(keys(v.list, 'button[data-key]')).toEqual(['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'hub']);
    expect(v.panel.textContent).toContain('No source names Spain for 25–26 April 2018.');
    expect([...v.map.querySelector('path.country[data-key="BE"]')!.classList].sort()).toEqual([
      'country',
      'role-lead',
    ]);
    expect(keys(v.map, '.pattern.is-off')).toEqual([]);
    expect(keys(v.table, 'tbody tr')).toHaveLength(9);
  });

  test('April + Lead: Belgium alone is lit in the list and the picture', () => {
    const v = mountAll();
    v.store.dispatch({ type: 'filter', role: 'lead' });
    expect(keys(v.list, 'button:not(.is-dim)')).toEqual(['BE']);
    expect(keys(v.map, 'path.country:not(.is-dim):not(.is-quiet)')).toEqual(['BE']);
  });

  test('a click on the picture picks only the places the chosen strike names', () => {
    const v = mountAll();
    v.store.dispatch({ type: 'strike', strike: '2017-06' });
    v.map
      .querySelector('path.country[data-key="BE"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(v.store.getState().selection.kind).toBe('overview');
    v.map
      .querySelector('path.country[data-key="ES"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(v.store.getState().selection).toEqual({ kind: 'country', code: 'ES' });
  });
});
