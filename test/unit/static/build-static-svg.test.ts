// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { GROUND, ROLE_COLOURS } from '../../../src/data/palette.ts';
import { primaryRole } from '../../../src/data/roles.ts';
import type { MapData } from '../../../src/geo/build-map-data.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { staticMapData } from '../../../build/static-topology.ts';
import { loadTopology } from '../../fixtures/load.ts';
import { pathVertices } from '../../fixtures/svg-path.ts';

const topo = loadTopology();
const SIZE = { width: 880, height: 540 };
// What the build draws: outlines simplified in topology space for the picture's size (build/static-topology.ts).
const wide = staticMapData(topo, OPERATION, 'wide', undefined, SIZE);
const tall = staticMapData(topo, OPERATION, 'tall', undefined, SIZE);
const svgOf = (data: MapData = wide, theme: 'light' | 'dark' = 'light', label = 'Map of the operation') =>
  buildStaticSvg(data, theme, SIZE, { label, className: 'op-static--wide', bleed: 0.1 });
const parse = (s: string) => {
  const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
  return doc.documentElement as unknown as SVGSVGElement;
};
/** Every vertex of a path's d attribute, absolute. */
const points = (d: string) => {
  const v = pathVertices(d);
  expect(v.length, 'a path with vertices').toBeGreaterThan(1);
  return v;
};

describe('buildStaticSvg()', () => {
  for (const [name, data] of [
    ['wide', wide],
    ['tall', tall],
  ] as const) {
    test(`${name}: each participant is one path with its alpha-2 key, coloured by its role`, () => {
      const svg = parse(svgOf(data));
      for (const p of OPERATION.participants) {
        const paths = svg.querySelectorAll(`path.country[data-key="${p.alpha2}"]`);
        expect(paths.length, p.name).toBe(1);
        const path = paths[0]!;
        expect(path.getAttribute('class')).toContain(`role-${primaryRole(p)}`);
        expect(path.getAttribute('fill')).toBe(ROLE_COLOURS[primaryRole(p)]);
        expect(path.getAttribute('d')!.length).toBeGreaterThan(20);
      }
      // …and only they: Spain, which another operation names, is unnamed land here.
      expect(svg.querySelectorAll('path.country').length).toBe(OPERATION.participants.length);
      expect(svg.querySelector('path.country[data-key="ES"]')).toBeNull();
    });
  }

  test('draws the hub with its key, the hub colour and its label', () => {
    const svg = parse(svgOf());
    const hub = svg.querySelector('g.hub[data-key="hub"]')!;
    expect(hub).not.toBeNull();
    expect(hub.querySelector('circle.hub-dot')!.getAttribute('fill')).toBe(ROLE_COLOURS.hub);
    expect(hub.querySelector('text')!.textContent).toBe('The Hague');
  });

  test('draws the dashed inset frame, and Canada and the US inside it, Europe outside', () => {
    const svg = parse(svgOf());
    const frame = svg.querySelector('rect.inset-frame')!;
    expect(frame.getAttribute('stroke-dasharray')).toBe('3 2');
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(frame.getAttribute(k)));
    const inInset = ([px, py]: readonly [number, number]) =>
      px >= x! - 1 && px <= x! + w! + 1 && py >= y! - 1 && py <= y! + h! + 1;
    for (const key of ['CA', 'US'])
      expect(points(svg.querySelector(`[data-key="${key}"]`)!.getAttribute('d')!).every(inInset), key).toBe(
        true,
      );
    for (const key of ['BE', 'FR', 'RO'])
      expect(points(svg.querySelector(`[data-key="${key}"]`)!.getAttribute('d')!).some(inInset), key).toBe(
        false,
      );
  });

  test('labels every participant (long names wrap) with its key', () => {
    const svg = parse(svgOf());
    for (const p of OPERATION.participants) {
      const text = svg.querySelector(`text.label[data-key="${p.alpha2}"]`);
      expect(text?.textContent, p.name).toBe(p.name.replace(' ', p.name.length > 13 ? '' : ' '));
    }
    expect(svg.querySelectorAll('text[data-key="GB"] tspan').length).toBe(2);
  });

  test('spokes run from the hub to each participant but the Netherlands, where the hub is', () => {
    const svg = parse(svgOf());
    expect([...svg.querySelectorAll('path.spoke')].map((s) => s.getAttribute('data-key')).sort()).toEqual(
      OPERATION.participants
        .map((p) => p.alpha2)
        .filter((a) => a !== 'NL')
        .sort(),
    );
  });

  test('draws the sea, and only the sea, without anti-aliasing, its edges beyond the box (Chromium rasters the picture without MSAA)', () => {
    for (const data of [wide, tall]) {
      const svg = parse(svgOf(data));
      const crisp = [...svg.querySelectorAll('[shape-rendering]')];
      expect(crisp.map((e) => `${e.tagName}.${e.getAttribute('class')}`)).toEqual(['rect.sea']);
      expect(crisp[0]!.getAttribute('shape-rendering')).toBe('crispEdges');
      // The crisp edges are never seen: the sea reaches past the picture's box on every side.
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(crisp[0]!.getAttribute(k)));
      expect(x).toBeLessThan(0);
      expect(y).toBeLessThan(0);
      expect(x! + w!).toBeGreaterThan(SIZE.width);
      expect(y! + h!).toBeGreaterThan(SIZE.height);
    }
  });

  // Pinned output: any change to the picture shows up as a diff of these files (`npx vitest run -u` accepts it).
  for (const [name, data] of [
    ['wide', wide],
    ['tall', tall],
  ] as const) {
    test(`matches its pinned snapshot (${name})`, async () => {
      await expect(`${svgOf(data)}\n`).toMatchFileSnapshot(`./__snapshots__/static-${name}.svg`);
    });
  }

  test('is quantised to half pixels and clipped to the box plus its bleed', () => {
    const a = svgOf();
    const ds = [...a.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
    expect(ds.join(' ')).not.toMatch(/\d\.\d\d/);
    const all = ds.filter((x) => /^M/.test(x)).flatMap(points);
    expect(all.every(([px, py]) => Number.isInteger(px * 2) && Number.isInteger(py * 2))).toBe(true);
    for (const [px, py] of all) {
      expect(px).toBeGreaterThanOrEqual(-88.1);
      expect(px).toBeLessThanOrEqual(968.1);
      expect(py).toBeGreaterThanOrEqual(-54.1);
      expect(py).toBeLessThanOrEqual(594.1);
    }
  });

  test('merges the countries outside the operation into one land path per part', () => {
    const svg = parse(svgOf());
    expect(svg.querySelectorAll('path.land').length).toBe(2);
  });

  test('has no script, no style attribute, no event handler; role="img" with a name', () => {
    const s = svgOf();
    expect(s).not.toMatch(/<script/i);
    expect(s).not.toMatch(/\sstyle=/i);
    expect(s).not.toMatch(/\son[a-z]+=/i);
    const svg = parse(s);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Map of the operation');
  });

  test('escapes text and attributes', () => {
    const evil = '<b>&\'"</b>';
    const data: MapData = {
      ...wide,
      labels: {
        ...wide.labels,
        features: wide.labels.features.map((f) => ({ ...f, properties: { ...f.properties, name: evil } })),
      },
    };
    const s = svgOf(data, 'light', '"><script>alert(1)</script>');
    expect(s).not.toContain('<b');
    expect(s).not.toContain('<script');
    expect(s).toContain('>&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;<');
    expect(parse(s).getAttribute('aria-label')).toBe('"><script>alert(1)</script>');
  });

  test('uses the palette of the theme it is given', () => {
    const svg = parse(svgOf(wide, 'dark'));
    expect(svg.querySelector('rect.sea')!.getAttribute('fill')).toBe(GROUND.dark.sea);
    expect(svg.querySelector('path.land')!.getAttribute('fill')).toBe(GROUND.dark.land);
  });
});
