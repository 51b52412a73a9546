// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import { TOUR } from '../../../src/data/operation.ts';
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
  test('the campaign links every operation’s page, marks this one and the alert, and tells this operation', () => {
    const {
      els: [t, d],
      store,
    } = setup();
    mountTimeline(t!, d!, store, OPERATION);
    const items = [...t!.querySelectorAll<HTMLElement>('[data-strike]')];
    expect(items.map((i) => i.dataset.strike)).toEqual([
      '2015-12',
      '2016-08',
      '2017-06',
      '2018-04',
      '2018-10',
      '2019-11',
    ]);
    const alert = t!.querySelector('[data-strike="2015-12"]')!;
    expect(alert.tagName).toBe('SPAN');
    expect(alert.textContent).toBe('End of 2015 (alert)');
    expect(t!.querySelector('[data-strike="2017-06"]')!.getAttribute('href')).toBe('./2017-06/');
    expect(t!.querySelector('[data-strike="2019-11"]')!.getAttribute('href')).toBe('./2019-11-telegram/');
    expect(t!.querySelector('[data-strike="2018-04"]')!.getAttribute('aria-current')).toBe('page');
    expect(t!.querySelectorAll('[aria-current]')).toHaveLength(1);
    // The axis, laid out at build time: a tick a year, each entry's mark at its month, this operation's marked.
    expect([...t!.querySelectorAll('.op-timeline__tick')].map((e) => e.textContent)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    const marks = [...t!.querySelectorAll<HTMLElement>('[data-strike-mark]')];
    expect(marks.map((m) => [m.dataset.strikeMark, m.style.left])).toEqual([
      ['2015-12', '19.1%'],
      ['2016-08', '32.4%'],
      ['2017-06', '49.1%'],
      ['2018-04', '65.7%'],
      ['2018-10', '75.7%'],
      ['2019-11', '97.4%'],
    ]);
    expect(marks.filter((m) => m.classList.contains('is-current')).map((m) => m.dataset.strikeMark)).toEqual([
      '2018-04',
    ]);
    expect(d!.textContent).toContain('the third such strike');
    expect(t!.textContent).toContain('The campaign against Isis propaganda online');
  });
  test('from another operation’s page the links go up one folder', async () => {
    const { campaignHref } = await import('../../../src/story/timeline.ts');
    const june = { slug: '2017-06' };
    expect(campaignHref(june, '2018-04-takedown')).toBe('../');
    expect(campaignHref(june, '2018-10-telegram')).toBe('../2018-10-telegram/');
    expect(campaignHref(OPERATION, '2016-08')).toBe('./2016-08/');
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

  test('an operation without claimed attacks shows no toggle (no empty list to open)', () => {
    const {
      els: [a],
      store,
    } = setup();
    const none = OPERATIONS.find((o) => o.attacks.length === 0)!;
    const view = mountAttacks(a!, store, none);
    expect(a!.hidden).toBe(true);
    expect(a!.querySelector('[data-action="attacks"]')).toBeNull();
    expect(a!.textContent).toBe('');
    view.destroy();
    mountAttacks(a!, store, OPERATION).destroy();
    expect(a!.hidden).toBe(false);
    expect(a!.querySelector('[data-action="attacks"]')).not.toBeNull();
  });
  test('the entry below the legend does not repeat what the overview panel tells', () => {
    const entry = (slug: string) => {
      const {
        els: [t, d],
      } = setup();
      const op = OPERATIONS.find((o) => o.slug === slug)!;
      const store = createStore(reducer, initialState(undefined, null, op.strike.id));
      mountTimeline(t!, d!, store, op).destroy();
      const paragraphs = [...d!.querySelectorAll('p')].map((p) => p.textContent ?? '');
      const told = op.summary.map((f) => f.text);
      expect(
        paragraphs.filter((p) => told.some((f) => p.startsWith(f))),
        slug,
      ).toEqual([]);
      return d!;
    };
    // June 2017: its summary is its campaign entry; what is left is who led it.
    const june = entry('2017-06');
    expect(june.hidden).toBe(false);
    expect(june.querySelector('h3')?.textContent).toBe('June 2017');
    expect(june.textContent).toContain('Led by: Spain (Guardia Civil)');
    expect(june.textContent).not.toContain('more than 100 countries');
    // August 2016: nothing left (no lead named), so no box.
    const august = entry('2016-08');
    expect(august.hidden).toBe(true);
    expect(august.childNodes.length).toBe(0);
    // April 2018 and October 2018: their entries say more than the overview.
    expect(entry('2018-04-takedown').textContent).toContain('third such strike');
    expect(entry('2018-10-telegram').textContent).toContain('Europol’s release names no lead country');
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

  test('an operation without a tour shows nothing of one: no button, no "(0 steps)", no tip, an empty hidden box', () => {
    const {
      els: [t],
      store,
    } = setup();
    t!.append('prerendered leftover');
    const view = mountTour(t!, store, []);
    expect(t!.hidden).toBe(true);
    expect(t!.childNodes.length).toBe(0);
    expect(t!.textContent).toBe('');
    // A step from the URL or a host changes nothing.
    store.dispatch({ type: 'step', step: 1 });
    expect(t!.textContent).toBe('');
    expect(t!.classList.contains('is-running')).toBe(false);
    view.destroy();
    // With steps, the box is shown again.
    mountTour(t!, createStore(reducer, initialState()), TOUR).destroy();
    expect(t!.hidden).toBe(false);
    expect(t!.textContent).toContain('Take the guided tour (8 steps)');
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
