/**
 * Every operation's map, in both orientations: "The Hague" sits beside its
 * dot at any size the map is drawn, and the North America inset is fitted to
 * the operation's own participants.
 */
import { describe, expect, test } from 'vitest';
import { OPERATIONS, operationBySlug } from '../../../src/data/registry.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { anchorFor, boxesOverlap, CONTROLS, HUB_LABEL_SIZE } from '../../../src/geo/label-placement.ts';
import { buildStaticSvg } from '../../../src/static/build-static-svg.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
/** The hub dot's radius with its halo (src/map/build-style.ts, src/static/build-static-svg.ts). */
const HUB_HALO = 9;

describe('the hub label', () => {
  for (const op of OPERATIONS)
    for (const orientation of ['wide', 'tall'] as const) {
      test(`${op.slug} (${orientation}): at the hub point, anchored on the side the placement chose, an em offset clear of the dot`, () => {
        const data = buildMapData(topo, op, orientation);
        const f = data.hubLabel.features[0]!;
        // At the hub itself, so a map drawn smaller than planned cannot slide the label onto the dot.
        expect(f.geometry.coordinates).toEqual([...op.hub.lngLat]);
        const { anchor, offset } = f.properties;
        expect(anchor).not.toBe('center');
        expect(anchor).toBe(data.placement.hubAnchor.anchor);
        // The label's near edge is at least the halo's radius from the dot's centre, in pixels at any zoom.
        const [dx, dy] = offset.map((v) => v * HUB_LABEL_SIZE);
        expect(Math.max(Math.abs(dx!), Math.abs(dy!))).toBeGreaterThan(HUB_HALO);
        // The offset points the way the anchor faces (a label anchored on its left goes right).
        if (anchor.endsWith('left')) expect(dx).toBeGreaterThan(0);
        if (anchor.endsWith('right')) expect(dx).toBeLessThan(0);
        if (anchor.startsWith('bottom')) expect(dy).toBeLessThan(0);
        if (anchor.startsWith('top')) expect(dy).toBeGreaterThan(0);
        // Not under the map's buttons in the top-right corner (June 2017's hub is there), the embed's full-screen
        // button included; nor is any other label.
        const { width } = data.placement.size;
        expect(CONTROLS[1]).toBeGreaterThanOrEqual(146);
        for (const label of [data.placement.hub, ...data.placement.labels])
          expect(boxesOverlap(label.box, [width - CONTROLS[0], 0, width, CONTROLS[1]]), label.key).toBe(
            false,
          );
      });
    }

  test('the anchor is the side of the label that faces the point', () => {
    expect(anchorFor([1, 0])).toBe('left');
    expect(anchorFor([-1, 0])).toBe('right');
    expect(anchorFor([0, -1])).toBe('bottom');
    expect(anchorFor([0, 1])).toBe('top');
    expect(anchorFor([1, -1])).toBe('bottom-left');
    expect(anchorFor([-1, 1])).toBe('top-right');
    expect(anchorFor([0, 0])).toBe('center');
  });

  test('August 2016 (where it covered its dot): the static picture, drawn at half its planned size or at it, starts the label right of the dot', () => {
    const data = buildMapData(topo, operationBySlug('2016-08')!, 'wide');
    const { width, height } = data.placement.size;
    for (const size of [data.placement.size, { width: width / 2, height: height / 2 }]) {
      const svg = buildStaticSvg(data, 'light', size, { label: 'map', className: 'x' });
      const dot = /class="hub-dot" cx="([\d.]+)"/.exec(svg)!;
      const text = /class="label hub-label" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"/.exec(svg)!;
      expect(text[2]).toBe('start');
      expect(Number(text[1]) - Number(dot[1])).toBeGreaterThan(HUB_HALO);
    }
  });
});

describe('the North America inset', () => {
  test('June 2017 (the US alone) is fitted to the lower 48 states, not to all of North America for Alaska', () => {
    const [w, s, e, n] = buildMapData(topo, operationBySlug('2017-06')!, 'wide').layout.inset!.source;
    expect(w).toBeGreaterThan(-130);
    expect(e).toBeLessThan(-60);
    expect(s).toBeGreaterThan(20);
    expect(n).toBeLessThan(52);
  });

  test('April 2018 (Canada and the US) still takes Alaska and the Arctic islands, which adjoin Canada', () => {
    const [w, , , n] = buildMapData(topo, operationBySlug('2018-04-takedown')!, 'wide').layout.inset!.source;
    expect(w).toBeLessThan(-170);
    expect(n).toBeGreaterThan(70);
  });
});

/**
 * Labels keep their size in pixels while the map is drawn at whatever scale the screen allows (the map
 * box is capped at the window's height less the page chrome), so they are placed at a scale no larger
 * than the reader's: drawn at the screens below, no two labels of any operation overlap.
 */
describe('labels drawn at the size the screen gives the map', () => {
  /** The map box at 1366 × 768 and 1280 × 800 (wide), and at 375 × 667 and 390 × 844 (tall). */
  const SCREENS = {
    wide: [
      [872, 568],
      [872, 600],
    ],
    tall: [
      [351, 467],
      [366, 644],
    ],
  } as const;
  for (const op of OPERATIONS)
    for (const orientation of ['wide', 'tall'] as const) {
      test(`${op.slug} (${orientation})`, () => {
        const { placement } = buildMapData(topo, op, orientation);
        const { width, height } = placement.size;
        const hubAt = [
          (placement.hubDot[0] + placement.hubDot[2]) / 2,
          (placement.hubDot[1] + placement.hubDot[3]) / 2,
        ];
        for (const [w, h] of SCREENS[orientation]) {
          const s = Math.min(w / width, h / height);
          // A country label keeps its centre on the map; the hub label keeps its offset from the dot.
          const moved = (b: readonly number[], at: readonly number[]) => {
            const [dx, dy] = [at[0]! * s - at[0]!, at[1]! * s - at[1]!];
            return [b[0]! + dx, b[1]! + dy, b[2]! + dx, b[3]! + dy] as const;
          };
          const boxes = [
            ...placement.labels.map((l) => ({
              key: l.key,
              box: moved(l.box, [(l.box[0] + l.box[2]) / 2, (l.box[1] + l.box[3]) / 2]),
            })),
            { key: 'hub', box: moved(placement.hub.box, hubAt) },
          ];
          for (const a of boxes)
            for (const b of boxes)
              if (a.key < b.key)
                expect(boxesOverlap(a.box, b.box), `${a.key} × ${b.key} in a ${w} × ${h} box`).toBe(false);
        }
      });
    }
});
