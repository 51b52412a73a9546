// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { renderInto } from '../../../src/dom/render-into.ts';
import { h } from '../../../src/dom/h.ts';
import { prerenderViews, withPrerenderedViews, PRERENDERED_IDS } from '../../../build/prerender-views.ts';
import { OPERATION } from '../../../src/data/operation.ts';

describe('renderInto() over a prerendered twin', () => {
  const twin = () => {
    const el = document.createElement('section');
    el.setAttribute('data-prerendered', '');
    el.append(h('h2', {}, 'What happened'), h('p', { class: 'op-fact' }, 'Europol said ', 'it.'));
    // As parsed from the HTML: no adjacent text nodes.
    el.normalize();
    return el;
  };

  test('keeps the painted nodes when the render is the same (adjacent text nodes included)', () => {
    const el = twin();
    const painted = el.querySelector('p');
    renderInto(el, [h('h2', {}, 'What happened'), h('p', { class: 'op-fact' }, 'Europol said ', 'it.')]);
    expect(el.querySelector('p')).toBe(painted);
    expect(el.hasAttribute('data-prerendered')).toBe(false);
  });

  test('replaces them when the render differs, and always after the first render', () => {
    const el = twin();
    const painted = el.querySelector('p');
    renderInto(el, [h('h2', {}, 'France')]);
    expect(el.textContent).toBe('France');
    expect(el.querySelector('p')).toBeNull();
    const again = h('h2', {}, 'France');
    renderInto(el, [again]);
    expect(el.firstChild).toBe(again);
    expect(painted?.isConnected).toBe(false);
  });
});

describe('prerendered views (build/prerender-views.ts)', () => {
  const views = prerenderViews(OPERATION);
  const page = PRERENDERED_IDS.map((id) => `<div id="${id}" class="x"></div>`).join('\n');

  test('fills every container of the page with its view, marked, and the controls wait for the app', () => {
    const html = withPrerenderedViews(page, views);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const id of PRERENDERED_IDS) {
      const el = doc.getElementById(id)!;
      expect(el.hasAttribute('data-prerendered'), id).toBe(true);
      expect(el.children.length, id).toBeGreaterThan(0);
    }
    expect(doc.querySelectorAll('#op-participants button').length).toBe(OPERATION.participants.length + 1);
    expect(
      [...doc.querySelectorAll('#op-participants button')].every((b) => b.hasAttribute('disabled')),
    ).toBe(true);
    expect(doc.querySelector('#op-panel .op-panel__title')?.textContent).toBe('What happened');
    expect(doc.querySelector('#op-panel button[disabled]')).toBeNull();
  });

  test('the panel says it is the overview from the HTML (phones would otherwise paint it as a bottom sheet first)', () => {
    const html = withPrerenderedViews(page, views);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.getElementById('op-panel')?.getAttribute('data-panel')).toBe('overview');
    expect(doc.getElementById('op-panel')?.getAttribute('class')).toBe('x');
  });

  test('fails the build when the page has no empty container for a view', () => {
    expect(() => withPrerenderedViews('<div id="op-key">x</div>', views)).toThrow(/op-key/);
  });
});
