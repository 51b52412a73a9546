import { describe, expect, test } from 'vitest';
import { citesText, factsText } from '../../../src/data/export/cite-text.ts';
import { participantNotes } from '../../../src/data/participant-notes.ts';
import { dataReadme } from '../../../src/data/export/data-readme.ts';
import { CSV_COLUMNS, csvField, toCsv } from '../../../src/data/export/to-csv.ts';
import { toGeoJson } from '../../../src/data/export/to-geojson.ts';
import { toJson } from '../../../src/data/export/to-json.ts';
import { OPERATION } from '../../../src/data/operation.ts';
import { TOUR } from '../../../src/data/operation.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';
import { MINI_COUNTRIES, miniWorld } from '../geo/mini-world.ts';

/** A small RFC 4180 parser: quoted fields, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('participants.csv', () => {
  const rows = parseCsv(toCsv(OPERATION));
  test('has a header and eight rows that parse back to the data', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(9);
    for (const [i, p] of OPERATION.participants.entries()) {
      const r = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i + 1]![j]]));
      expect(r.code).toBe(p.alpha2);
      expect(r.numeric).toBe(p.numeric);
      expect(r.name).toBe(p.name);
      expect(r.roles!.split('; ')).toEqual([...p.roles]);
      expect(r.authority).toBe(p.authority?.text ?? '');
      for (const f of p.actions) expect(r.action).toContain(f.text);
      for (const c of [...p.actions, ...p.caveats].flatMap((f) => f.cite))
        expect(r.citations).toContain(citesText([c]));
    }
  });
  test('quotes commas, quotes and line breaks, so hostile text survives the round trip', () => {
    const evil = 'A "quoted", comma\r\nand a new line';
    expect(csvField('plain')).toBe('plain');
    const op = { participants: OPERATION.participants.map((p, i) => (i ? p : { ...p, name: evil })) } as Pick<
      Operation,
      'participants'
    >;
    expect(parseCsv(toCsv(op))[1]![2]).toBe(evil);
  });
  test('caveats are marked as the panels mark them: a missing authority as a research note', () => {
    const ca = rows.find((r) => r[0] === 'CA')!;
    expect(ca[CSV_COLUMNS.indexOf('caveats')]).toMatch(
      /^\[Research note\] We found no source naming the agency that acted\. The Belgian federal prosecutor said/,
    );
    const be = rows.find((r) => r[0] === 'BE')!;
    expect(be[CSV_COLUMNS.indexOf('caveats')]).toBe('');
  });
});

describe('takedown.geojson', () => {
  // Built in each test (while a mutant is active), on the hand-made world of test/unit/geo/mini-world.ts.
  const build = () => JSON.parse(JSON.stringify(toGeoJson(OPERATION, miniWorld())));
  let fc = build();
  const of = (kind: string) =>
    fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === kind);
  test('is a FeatureCollection of participants, hub, spokes and attacks with a data note', () => {
    fc = build();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.note).toMatch(/public domain/);
    expect(of('participant').map((f: { properties: { code: string } }) => f.properties.code)).toEqual(
      OPERATION.participants.map((p) => p.alpha2),
    );
    expect(of('spoke')).toHaveLength(8);
    expect(of('hub')).toHaveLength(1);
    expect(of('attack').map((f: { properties: { date: string } }) => f.properties.date)).toEqual(
      OPERATION.attacks.map((a) => a.date),
    );
  });
  test('uses real-world coordinates (not the inset): US and Canada lie west of 50°W', () => {
    fc = build();
    for (const code of ['US', 'CA']) {
      const f = of('participant').find((x: { properties: { code: string } }) => x.properties.code === code);
      expect(f.geometry.type).toMatch(/Polygon/);
      const [lng] = f.properties.label_point.split(',').map(Number);
      expect(lng, code).toBeLessThan(-50);
    }
    const paris = of('attack').find((x: { properties: { id: string } }) => x.properties.id === 'paris');
    expect(paris.geometry.coordinates).toEqual([2.3708, 48.8631]);
    expect(paris.properties.claim).toMatch(
      /official Islamic State statement[\s\S]*\[Research note\] We found no Amaq claim/,
    );
    expect(paris.properties.marks).toMatch(/Bataclan.*approximate/);
  });
});

describe('takedown.geojson, feature by feature', () => {
  type F = {
    id: string;
    geometry: { type: string; coordinates: number[][] };
    properties: Record<string, unknown>;
  };
  const features = (topo = miniWorld()) => toGeoJson(OPERATION, topo).features as unknown as F[];
  const find = (fs: F[], id: string) => fs.find((f) => f.id === id)!;

  test('a participant: its outline, codes, roles and a label point on its largest part', () => {
    const fs = features();
    const be = find(fs, 'BE');
    expect(be.geometry.type).toBe('MultiPolygon');
    expect(be.properties).toMatchObject({
      kind: 'participant',
      code: 'BE',
      numeric: '056',
      name: 'Belgium',
      roles: ['lead'],
    });
    const [x, y] = String(be.properties.label_point).split(',').map(Number);
    expect(x).toBeGreaterThan(2.6);
    expect(x).toBeLessThan(6.3);
    expect(y).toBeGreaterThan(49.4);
    expect(y).toBeLessThan(51.4);
    // France is labelled on its mainland, not in French Guiana.
    expect(Number(String(find(fs, 'FR').properties.label_point).split(',')[0])).toBeGreaterThan(-5);
  });

  test('a spoke runs from the hub to the participant’s label point; the hub is a point with its bodies', () => {
    const fs = features();
    const spoke = find(fs, 'spoke-BE');
    expect(spoke.properties).toEqual({ kind: 'spoke', from: 'The Hague', to: 'Belgium', code: 'BE' });
    const line = spoke.geometry.coordinates;
    expect(line.length).toBeGreaterThan(2);
    expect(line[0]).toEqual([...OPERATION.hub.lngLat]);
    expect(line.at(-1)!.join(',')).toBe(find(fs, 'BE').properties.label_point);
    const hub = find(fs, 'hub');
    expect(hub.geometry).toEqual({ type: 'Point', coordinates: [...OPERATION.hub.lngLat] });
    expect(hub.properties).toMatchObject({
      kind: 'hub',
      name: 'The Hague',
      bodies: OPERATION.hub.bodies.map((b) => b.name),
    });
  });

  test('coordinates are rounded to 0.00001° (about a metre), outlines and points alike', () => {
    const decimals = (v: unknown): number[] =>
      Array.isArray(v) ? v.flatMap(decimals) : [(String(v).split('.')[1] ?? '').length];
    for (const f of features())
      expect(Math.max(...decimals(f.geometry.coordinates)), f.id).toBeLessThanOrEqual(5);
    // The mini world's quantized outlines have more decimals than that before rounding.
    expect(Math.max(...decimals(find(features(), 'BE').geometry.coordinates))).toBe(5);
  });

  test("a participant's authority (or null) and citations: the authority's, its actions' and its notes' sources", () => {
    const fs = features();
    for (const code of ['BE', 'CA']) {
      const p = OPERATION.participants.find((x) => x.alpha2 === code)!;
      const notes = participantNotes(p);
      expect(find(fs, code).properties, code).toMatchObject({
        authority: p.authority?.text ?? null,
        action: factsText(p.actions),
        caveats: factsText(notes),
        citations: citesText([
          ...(p.authority?.cite ?? []),
          ...p.actions.flatMap((f) => f.cite),
          ...notes.flatMap((f) => f.cite),
        ]),
      });
    }
    expect(find(fs, 'BE').properties.authority).toBe('Belgian Federal Prosecutor’s Office');
    expect(find(fs, 'CA').properties.authority).toBeNull();
    expect(String(find(fs, 'BE').properties.citations)).toMatch(/^article ¶4; Europol/);
  });

  test('every feature is a Feature; participants are outlines, spokes lines, the hub and attacks points', () => {
    const fs = features();
    expect(new Set(fs.map((f) => (f as unknown as { type: string }).type))).toEqual(new Set(['Feature']));
    const types = (kind: string) =>
      new Set(fs.filter((f) => f.properties.kind === kind).map((f) => f.geometry.type));
    expect(types('participant')).toEqual(new Set(['MultiPolygon']));
    expect(types('spoke')).toEqual(new Set(['LineString']));
    expect(types('hub')).toEqual(new Set(['Point']));
    expect(types('attack')).toEqual(new Set(['Point']));
    const paris = OPERATION.attacks.find((a) => a.id === 'paris')!;
    expect(find(fs, 'attack-paris').properties).toMatchObject({
      kind: 'attack',
      id: 'paris',
      citations: citesText([...paris.cite, ...paris.claims.flatMap((f) => f.cite)]),
    });
    const { hub } = OPERATION;
    expect(find(fs, 'hub').properties.citations).toBe(
      citesText([
        ...hub.lngLatCite,
        ...hub.bodies.flatMap((b) => b.what.cite),
        ...hub.caveats.flatMap((f) => f.cite),
      ]),
    );
    expect(find(fs, 'hub').properties.citations).not.toBe('');
  });

  test('a participant the geometry does not have is left out, with its spoke', () => {
    const fs = features(miniWorld(MINI_COUNTRIES.filter((f) => f.id !== '056')));
    expect(fs.some((f) => f.id === 'BE' || f.id === 'spoke-BE')).toBe(false);
    expect(fs.filter((f) => f.properties.kind === 'participant')).toHaveLength(7);
  });
});

describe('operation.json and README.txt', () => {
  test('carry the whole operation, the tour, the sources and the licence note, not the report text', () => {
    const json = JSON.parse(toJson(OPERATION, TOUR));
    expect(json.operation.participants).toHaveLength(8);
    expect(json.operation).toEqual(JSON.parse(JSON.stringify(OPERATION)));
    expect(json.tour).toHaveLength(8);
    expect(Object.keys(json.sources)).toContain('europol');
    expect(json.note).toMatch(/not included/);
    expect(JSON.stringify(json)).not.toContain('National police forces expect the data retrieved');
    expect(dataReadme()).toMatch(/participants\.csv[\s\S]*takedown\.geojson[\s\S]*operation\.json/);
  });
});

describe('each operation’s downloads name that operation', () => {
  const june = OPERATIONS.find((o) => o.slug === '2017-06')!;
  const august = OPERATIONS.find((o) => o.slug === '2016-08')!;
  test('the note names the operation and its dates, not the April 2018 takedown', () => {
    const note = JSON.parse(toJson(june)).note as string;
    expect(note).toMatch(
      /^Takedown Map data: June 2017: Spain’s Guardia Civil leads the second strike \(June 2017\)\./,
    );
    expect(note).not.toContain('April 2018 takedown');
    expect(toGeoJson(june, miniWorld()).note).toBe(note);
    expect(JSON.parse(toJson(OPERATION)).note).toMatch(/^Takedown Map data: .*\(25–26 April 2018\)\./);
  });
  test('README.txt counts the operation’s own countries', () => {
    expect(dataReadme(undefined, undefined, undefined, june)).toContain(
      'One row per participating country (2).',
    );
    expect(dataReadme(undefined, undefined, undefined, august)).toContain(
      'One row per participating country (0).',
    );
    expect(dataReadme(undefined, undefined, undefined, august)).toContain(
      `Takedown Map data: ${august.title}`,
    );
    expect(dataReadme()).toContain('One row per participating country (8).');
  });
});
