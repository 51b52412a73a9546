// @vitest-environment happy-dom
/**
 * The panels, the table, the downloads and the no-JavaScript page carry the
 * same facts, caveats and citations (issue 11, items 15–17).
 */
import { describe, expect, test } from 'vitest';
import { noscriptHtml, aboutHtml } from '../../../build/static-html.ts';
import { renderPage } from '../../../build/pages.ts';
import { ABOUT } from '../../../src/data/about.ts';
import { citationLabel, citesText, factText } from '../../../src/data/export/cite-text.ts';
import { aboutText, dataReadme } from '../../../src/data/export/data-readme.ts';
import { toCsv } from '../../../src/data/export/to-csv.ts';
import { toGeoJson } from '../../../src/data/export/to-geojson.ts';
import { toJson } from '../../../src/data/export/to-json.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { participantNotes } from '../../../src/data/participant-notes.ts';
import { TOUR } from '../../../src/data/operation.ts';
import type { Fact } from '../../../src/data/types.ts';
import { countryNodes, hubNodes } from '../../../src/panels/panel-content.ts';
import { tableNode } from '../../../src/panels/table-view.ts';
import { initialState, selectionOf } from '../../../src/state/reducer.ts';
import { panelModel } from '../../../src/state/selectors-story.ts';
import type { Participant } from '../../../src/data/types.ts';
import { loadTopology } from '../../fixtures/load.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The panel of a participant in April 2018, as the app renders it from the selectors. */
const participantPanel = (p: Participant) => {
  const m = panelModel(OPERATION, initialState(selectionOf(p.alpha2)));
  if (m?.kind !== 'country') throw new Error(`no panel for ${p.alpha2}`);
  return countryNodes(m, OPERATION);
};
const textOf = (nodes: Node[]) => {
  const d = document.createElement('div');
  d.append(...nodes);
  return d.textContent ?? '';
};
const csvRow = (code: string) =>
  toCsv(OPERATION)
    .split('\r\n')
    .find((l) => l.startsWith(`${code},`))!;
const geo = JSON.parse(JSON.stringify(toGeoJson(OPERATION, loadTopology())));
const feature = (id: string) => geo.features.find((f: { id: string }) => f.id === id);
const noscript = () =>
  new DOMParser().parseFromString(noscriptHtml(OPERATION, 'alt').replace(/<\/?noscript>/g, ''), 'text/html');

describe('downloads carry the same caveats as the panels', () => {
  for (const p of OPERATION.participants) {
    test(`${p.name}: panel, CSV, GeoJSON and JSON`, () => {
      const panel = textOf(participantPanel(p));
      const notes = participantNotes(p);
      const props = feature(p.alpha2).properties;
      for (const f of [...p.actions, ...notes]) {
        expect(panel, f.text).toContain(f.text);
        expect(csvRow(p.alpha2), f.text).toContain(factText(f).replace(/"/g, '""'));
        expect(`${props.action} ${props.caveats}`, f.text).toContain(factText(f));
      }
      for (const c of [...p.actions, ...notes].flatMap((f) => f.cite))
        expect(props.citations).toContain(citesText([c]));
      const json = JSON.parse(toJson(OPERATION, TOUR)).operation.participants.find(
        (x: { alpha2: string }) => x.alpha2 === p.alpha2,
      );
      expect(json.caveats).toEqual(JSON.parse(JSON.stringify(p.caveats)));
    });
  }

  test('The Hague: the hub point says what it marks and carries the panel’s notes', () => {
    const panel = textOf(hubNodes(OPERATION.hub, OPERATION));
    const props = feature('hub').properties;
    expect(props.marks).toMatch(/World Forum/);
    for (const f of OPERATION.hub.caveats) {
      expect(panel).toContain(f.text);
      expect(props.caveats).toContain(factText(f));
    }
  });

  test('attacks: every claim, research note and approximate marker', () => {
    for (const a of OPERATION.attacks) {
      const props = feature(`attack-${a.id}`).properties;
      for (const f of a.claims) expect(props.claim).toContain(factText(f));
      expect(props.marks).toContain('approximate');
    }
  });

  test('the README carries “About this map”, as the page foot does', () => {
    expect(dataReadme()).toContain(aboutText());
    expect(aboutText()).toMatch(
      /Method[\s\S]*Unconfirmed[\s\S]*Not named[\s\S]*Research note[\s\S]*Published/,
    );
  });
});

describe('the table shows what it cites', () => {
  test('every cited action and caveat of a country is shown in its row', () => {
    const table = tableNode(OPERATION, { strike: '2018-04' });
    for (const p of OPERATION.participants) {
      const row = [...table.querySelectorAll('tbody tr')].find(
        (r) => r.querySelector('th')?.textContent === p.name,
      )!;
      const cites = [...row.querySelectorAll('.op-cite')].map((a) => a.textContent);
      for (const f of [...p.actions, ...p.caveats]) {
        expect(row.textContent, f.text).toContain(f.text);
        for (const c of f.cite) expect(cites).toContain(citationLabel(c));
      }
    }
  });
});

describe('the no-JavaScript page carries citations', () => {
  const cited = (f: Fact, html: string) =>
    f.cite.every((c) => html.includes(citationLabel(c).replace(/&/g, '&amp;').replace(/'/g, '&#39;')));
  test('each fact in the summary, the table, the disagreements, the aftermath and the context, with its sources', () => {
    const doc = noscript();
    const text = doc.body.textContent ?? '';
    const html = noscriptHtml(OPERATION, 'alt');
    const all: Fact[] = [
      OPERATION.dates,
      ...OPERATION.summary,
      ...OPERATION.participants.flatMap((p) => [...p.actions, ...participantNotes(p)]),
      ...OPERATION.hub.bodies.map((b) => b.what),
      ...OPERATION.hub.caveats,
      ...OPERATION.disagreements,
      ...OPERATION.aftermath,
      ...OPERATION.context,
    ];
    for (const f of all) {
      expect(text, f.text).toContain(f.text);
      expect(cited(f, html), f.text).toBe(true);
    }
    expect(doc.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(20);
    expect(text).toMatch(/Unconfirmed:/);
    expect(text).toMatch(/Research note:/);
  });

  test('the page foot has “About this map”, with or without JavaScript', () => {
    const out = renderPage(
      readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8'),
      OPERATION,
    ).html;
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const about = doc.querySelector('footer #op-about');
    expect(about?.querySelector('h2')?.textContent).toBe('About this map');
    expect(about?.textContent).toMatch(/Not named/);
    expect(about!.closest('noscript')).toBeNull();
    expect(aboutHtml(ABOUT)).toContain(`datetime="${ABOUT.updated}"`);
  });
});
