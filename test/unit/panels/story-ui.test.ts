// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { TOUR } from '../../../src/data/operation.ts';
import { mountLegend } from '../../../src/panels/legend.ts';
import { mountPanel } from '../../../src/panels/mount-panel.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { reducer } from '../../fixtures/app.ts';
import { createStore } from '../../../src/state/store.ts';
import { mountAttacks } from '../../../src/story/attacks.ts';
import { mountTimeline } from '../../../src/story/timeline.ts';
import { mountTour } from '../../../src/story/tour.ts';

const setup = () => {
  document.body.replaceChildren();
  const els = [0, 1, 2].map(() => document.body.appendChild(document.createElement('div')));
  return { els, store: createStore(reducer, initialState()) };
};
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
afterEach(() => document.body.replaceChildren());

describe('strikes timeline and legend', () => {
  test('a strike button is pressed, tells the strike, and the legend counts follow', () => {
    const {
      els: [t, d, l],
      store,
    } = setup();
    mountTimeline(t!, d!, store, OPERATION);
    mountLegend(l!, store, OPERATION);
    const visible = () =>
      [...l!.querySelectorAll('li')].filter((li) => !li.hidden).map((li) => li.textContent);
    expect(t!.querySelector('[data-strike="2018-04"]')?.getAttribute('aria-pressed')).toBe('true');
    t!.querySelector<HTMLButtonElement>('[data-strike="2017-06"]')!.click();
    expect(store.getState().strike).toBe('2017-06');
    expect(t!.querySelector('[data-strike="2017-06"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(d!.textContent).toContain('Guardia Civil');
    expect(d!.textContent).toContain('article ¶11');
    expect(visible()).toEqual(['Lead1 country', 'Support1 country', 'Coordination hubThe Hague']);
    t!.querySelector<HTMLButtonElement>('[data-strike="2016-08"]')!.click();
    expect(d!.textContent).toMatch(
      /Europol’s release credits contributions from EU and non-EU countries and names no lead country/,
    );
    expect(d!.querySelector('.op-badge')).toBeNull();
    expect(visible()).toEqual(['Coordination hubThe Hague']);
    t!.querySelector<HTMLButtonElement>('[data-strike="2015-12"]')!.click();
    expect(d!.textContent).toMatch(/^End of 2015 \(alert\)Not a strike/);
    expect(d!.textContent).not.toMatch(/Led by|No lead named/);
    expect(t!.textContent).toContain('The campaign against Amaq, 2015–2018');
  });
});

describe('claimed attacks', () => {
  test('the toggle shows the list with the correction; an item opens its details with sources', () => {
    const {
      els: [a],
      store,
    } = setup();
    mountAttacks(a!, store, OPERATION);
    const toggle = a!.querySelector<HTMLButtonElement>('[data-action="attacks"]')!;
    expect(a!.querySelector<HTMLElement>('#op-attacks-body')!.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(a!.querySelectorAll('[data-attack]')).toHaveLength(5);
    expect(a!.textContent).toContain('in 2016');
    a!.querySelector<HTMLButtonElement>('[data-attack="paris"]')!.click();
    expect(store.getState().attack).toBe('paris');
    const detail = a!.querySelector('#op-attack-detail')!;
    expect(detail.textContent).toMatch(
      /13 Nov 2015[\s\S]*official Islamic State statement[\s\S]*Research note: We found no Amaq claim[\s\S]*approximate/,
    );
    // Only what is unconfirmed is flagged: the cited statement carries no badge, the missing Amaq claim is a research note.
    expect(detail.querySelector('.op-badge')).toBeNull();
    expect(detail.querySelectorAll('.op-fact--note')).toHaveLength(1);
  });
});

describe('guided tour', () => {
  test('starts, steps by button and arrow keys, says "Step N of 8", and exits to the overview', () => {
    const {
      els: [t],
      store,
    } = setup();
    mountTour(t!, store, TOUR);
    t!.querySelector<HTMLButtonElement>('[data-tour="start"]')!.click();
    expect(t!.textContent).toContain('Step 1 of 8');
    t!.querySelector<HTMLButtonElement>('[data-tour="next"]')!.click();
    expect(store.getState().step).toBe(2);
    key(t!.querySelector('[data-tour="next"]')!, 'ArrowRight');
    expect(t!.textContent).toContain('Step 3 of 8');
    key(t!.querySelector('[data-tour="next"]')!, 'ArrowLeft');
    expect(store.getState().step).toBe(2);
    key(t!.querySelector('[data-tour="next"]')!, 'Escape');
    expect(store.getState()).toMatchObject({ step: null, selection: { kind: 'overview' } });
    expect(document.activeElement).toBe(t!.querySelector('[data-tour="start"]'));
  });
});

describe('outlets panel and sources that disagree', () => {
  test('the overview has a "Where sources disagree" section and a way to the outlets panel', () => {
    const {
      els: [p],
      store,
    } = setup();
    mountPanel(p!, store, OPERATION, { focusOnChange: false });
    expect(p!.textContent).toContain('Where sources disagree');
    expect(p!.textContent).toMatch(/133 countries/);
    expect(p!.textContent).toMatch(/Nashir was still sharing/);
    p!.querySelector<HTMLButtonElement>('[data-action="outlets"]')!.click();
    expect(p!.querySelector('h2')?.textContent).toBe('Outlets targeted');
    expect(p!.textContent).toContain('nine languages');
    expect(p!.querySelector('[data-outlet="halumu"] .op-badge')?.textContent).toBe('Unconfirmed');
    expect(p!.querySelector('[data-outlet="bayan"]')?.textContent).toMatch(/By 2018[^.]*online outlet/);
  });
});
