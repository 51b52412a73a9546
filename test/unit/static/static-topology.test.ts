// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { fitFrame } from '../../../src/geo/pixel-frame.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { staticMapData } from '../../../build/static-topology.ts';
import { loadTopology } from '../../fixtures/load.ts';
import { pathSegments, pathVertices } from '../../fixtures/svg-path.ts';

const topo = loadTopology();
const SIZE = { width: 1000, height: 620 };
const full = buildMapData(topo, OPERATION, 'wide');
const simple = staticMapData(topo, OPERATION, 'wide', undefined, SIZE);
const svgOf = (d = simple) => buildStaticSvg(d, 'light', SIZE, { label: 'm' });
const dOf = (svg: string, key: string) =>
  new RegExp(`class="country[^"]*" data-key="${key}"[^>]* d="([^"]*)"`).exec(svg)![1]!;
const outline = (svg: string, key: string) => pathVertices(dOf(svg, key));
const outlineSegments = (svg: string, key: string) => pathSegments(dOf(svg, key));

describe('staticMapData(): outlines simplified once in topology space', () => {
  test('neighbours share their edges: the vertices along a shared border are the same points, no near misses', () => {
    const svg = svgOf();
    const keys = [...svg.matchAll(/class="country[^"]*" data-key="([^"]+)"/g)].map((m) => m[1]!);
    let borders = 0;
    for (const [a, b] of keys.flatMap((x) => keys.filter((y) => y !== x).map((y) => [x, y] as const))) {
      const va = outline(svg, a),
        vb = outline(svg, b);
      const same = (p: readonly number[], q: readonly number[]) => p[0] === q[0] && p[1] === q[1];
      // Every vertex of one that lies on the other's outline is a vertex of the other too: the border is drawn once.
      const segs = outlineSegments(svg, b);
      const off = (p: readonly number[]) =>
        Math.min(
          ...segs.map(([u, v]) => {
            const dx = v[0] - u[0],
              dy = v[1] - u[1],
              l2 = dx * dx + dy * dy;
            const t = l2 ? Math.max(0, Math.min(1, ((p[0]! - u[0]) * dx + (p[1]! - u[1]) * dy) / l2)) : 0;
            return Math.hypot(p[0]! - u[0] - t * dx, p[1]! - u[1] - t * dy);
          }),
        );
      const onB = va.filter((p) => off(p) < 0.3);
      if (onB.length > 2) borders++;
      expect(
        onB.filter((p) => !vb.some((q) => same(p, q))),
        `${a}–${b}`,
      ).toEqual([]);
    }
    // Belgium–France, Belgium–Netherlands, Romania–Bulgaria, Canada–US, each seen from both sides (since issue 16
    // Spain is not drawn as a country on the April 2018 page: it belongs to the June 2017 operation).
    expect(borders).toBeGreaterThanOrEqual(8);
  });

  test('draws fewer points than the full outlines, the same countries, frame, labels and spokes', () => {
    const count = (s: string) =>
      [...s.matchAll(/ d="([^"]*)"/g)].reduce((n, m) => n + pathVertices(m[1]!).length, 0);
    const before = count(svgOf(full)),
      after = count(svgOf());
    expect(after).toBeLessThan(before * 0.9);
    expect(after).toBeGreaterThan(before * 0.2);
    expect(simple.countries.features.map((f) => f.properties)).toEqual(
      full.countries.features.map((f) => f.properties),
    );
    expect(simple.spokes.features.map((f) => f.properties)).toEqual(
      full.spokes.features.map((f) => f.properties),
    );
    expect(simple.layout.frame).toEqual(full.layout.frame);
    expect(simple.labels).toEqual(full.labels);
    expect(simple.hub).toEqual(full.hub);
  });

  test('keeps every shape where it was: each ring a pixel or more across keeps its box within a pixel', () => {
    const f = fitFrame(full.layout.frame, SIZE);
    const box = (ring: readonly (readonly number[])[]) => {
      const px = ring.map((p) => f.toPx(p as [number, number]));
      const xs = px.map((p) => p[0]),
        ys = px.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    };
    let compared = 0;
    full.countries.features.forEach((c, i) =>
      c.geometry.coordinates.forEach((poly, j) => {
        const a = box(poly[0]!);
        if (a[2]! - a[0]! < 1 || a[3]! - a[1]! < 1) return; // slivers under a pixel may go
        const b = box(simple.countries.features[i]!.geometry.coordinates[j]![0]!);
        a.forEach((x, k) =>
          expect(Math.abs(x - b[k]!), `${c.properties.key} ring ${j}`).toBeLessThanOrEqual(1),
        );
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(100);
  });
});
