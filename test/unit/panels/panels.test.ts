// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import type { Operation } from '../../../src/data/types.ts';
import { mountLegend } from '../../../src/panels/legend.ts';
import { mountPanel } from '../../../src/panels/mount-panel.ts';
import { mountParticipantList } from '../../../src/panels/participant-list.ts';
import { initialState } from '../../../src/state/reducer.ts';
import { reducer } from '../../fixtures/app.ts';
import { createStore } from '../../../src/state/store.ts';

const setup = (op: Operation = OPERATION) => {
  document.body.replaceChildren();
  const el = document.createElement('div');
  document.body.append(el);
  const store = createStore(reducer, initialState());
  return { el, store, op };
};

afterEach(() => document.body.replaceChildren());

describe('mountPanel()', () => {
  test('shows the overview with dates, outlets and the headline quote', () => {
    const { el, store } = setup();
    mountPanel(el, store, OPERATION, { focusOnChange: false });
    expect(el.querySelector('h2')?.textContent).toBe('What happened');
    expect(el.textContent).toContain('25 to Thursday 26 April 2018');
    for (const o of ['Amaq', 'Bayan radio', 'Halumu', 'Nashir news']) expect(el.textContent).toContain(o);
    expect(el.querySelector('blockquote')?.textContent).toContain('punched a big hole');
    expect(el.querySelector('.op-back')).toBeNull();
  });

  test('shows a country with its name as heading, role, authority, actions and sources', () => {
    const { el, store } = setup();
    mountPanel(el, store, OPERATION, { focusOnChange: true });
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'GB' } });
    expect(el.querySelector('h2')?.textContent).toBe('United Kingdom');
    expect(el.textContent).toContain('Registrars identified');
    expect(el.textContent).toContain('Counter Terrorism Internet Referral Unit');
    expect(el.querySelector('a.op-cite[href^="https://www.counterterrorism.police.uk"]')).not.toBeNull();
    expect(el.textContent).toContain('article ¶5');
    expect(document.activeElement).toBe(el.querySelector('h2'));
  });

  test('says so when no source names the authority', () => {
    const { el, store } = setup();
    mountPanel(el, store, OPERATION, { focusOnChange: false });
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'US' } });
    expect(el.textContent).toContain('We found no source naming the agency that acted.');
    expect(el.querySelector('.op-note-label')?.textContent).toBe('Not named:');
    // Said once, as a research note: no badge, no page cited, not repeated under "Where sources differ".
    expect(el.querySelector('.op-badge')).toBeNull();
    expect(el.querySelector('.op-fact--note .op-cite')).toBeNull();
    expect(el.textContent.split('found no source').length - 1).toBe(1);
  });

  test('shows The Hague with Europol, the EU IRU and Eurojust', () => {
    const { el, store } = setup();
    mountPanel(el, store, OPERATION, { focusOnChange: false });
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(el.querySelector('h2')?.textContent).toBe('The Hague');
    for (const b of ['Europol headquarters', 'EU Internet Referral Unit (EU IRU)', 'Eurojust'])
      expect(el.textContent).toContain(b);
  });

  test('the back control returns to the overview', () => {
    const { el, store } = setup();
    mountPanel(el, store, OPERATION, { focusOnChange: false });
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    el.querySelector<HTMLButtonElement>('.op-back')!.click();
    expect(store.getState().selection).toEqual({ kind: 'overview' });
  });

  test('renders data as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const op: Operation = {
      ...OPERATION,
      participants: OPERATION.participants.map((p, i) => (i ? p : { ...p, name: evil })),
    };
    const { el, store } = setup(op);
    mountPanel(el, store, op, { focusOnChange: false });
    store.dispatch({ type: 'select', selection: { kind: 'country', code: 'BE' } });
    expect(el.querySelector('h2')?.textContent).toBe(evil);
    expect(el.querySelector('img')).toBeNull();
  });

  test('destroy() stops re-rendering and listening', () => {
    const { el, store } = setup();
    const panel = mountPanel(el, store, OPERATION, { focusOnChange: false });
    panel.destroy();
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(el.querySelector('h2')?.textContent).toBe('What happened');
  });
});

describe('mountParticipantList()', () => {
  test('gives nine buttons whose names start with the English short name', () => {
    const { el, store } = setup();
    mountParticipantList(el, store, OPERATION);
    const names = [...el.querySelectorAll('button')].map((b) => b.textContent ?? '');
    expect(names).toHaveLength(9);
    for (const n of [
      'Belgium',
      'Bulgaria',
      'Canada',
      'France',
      'Netherlands',
      'Romania',
      'United Kingdom',
      'United States',
      'The Hague',
    ]) {
      expect(names.some((x) => x.startsWith(n))).toBe(true);
    }
  });

  test('selects on click, deselects on a second click, and follows the store', () => {
    const { el, store } = setup();
    mountParticipantList(el, store, OPERATION);
    const fr = el.querySelector<HTMLButtonElement>('[data-key="FR"]')!;
    fr.click();
    expect(store.getState().selection).toEqual({ kind: 'country', code: 'FR' });
    expect(fr.getAttribute('aria-pressed')).toBe('true');
    fr.click();
    expect(store.getState().selection.kind).toBe('overview');
    store.dispatch({ type: 'select', selection: { kind: 'hub' } });
    expect(el.querySelector('[data-key="hub"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  test('arrow keys move focus with one tab stop (roving tabindex)', () => {
    const { el, store } = setup();
    mountParticipantList(el, store, OPERATION);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(buttons[8]);
    buttons[8]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
  });
});

describe('mountLegend()', () => {
  test('names each role with its count', () => {
    const { el, store } = setup();
    mountLegend(el, store, OPERATION);
    const text = [...el.querySelectorAll('button')]
      .filter((b) => !b.closest('li')?.hidden)
      .map((b) => b.textContent);
    expect(text).toEqual([
      'Lead1 country',
      'Digital evidence seized3 countries',
      'Servers seized3 countries',
      'Registrars identified1 country',
      'Coordination hubThe Hague',
    ]);
  });
  test('toggles the role filter', () => {
    const { el, store } = setup();
    mountLegend(el, store, OPERATION);
    const servers = el.querySelector<HTMLButtonElement>('[data-role="servers"]')!;
    servers.click();
    expect(store.getState().roleFilter).toBe('servers');
    expect(servers.getAttribute('aria-pressed')).toBe('true');
    servers.click();
    expect(store.getState().roleFilter).toBeNull();
  });
});
