import { describe, expect, test } from 'vitest';
import {
  ATTACK_FAR_SPOTS_FROM,
  ATTACK_LABEL_SPOTS,
  HUB_SIDES,
  MARKER_RADIUS,
  segmentMeets,
  layoutLabels,
  MAX_MOVE,
  OBSTACLE_PADDING,
  type LabelKind,
  type LabelView,
  type Placeable,
} from '../../../src/map/label-layout.ts';
import { anchoredBox, overlaps, type Box } from '../../../src/map/place-greedy.ts';

/** A label whose point is given in the frame's pixels (the view projects a point to itself). */
const label = (
  kind: LabelKind,
  key: string,
  at: readonly [number, number],
  box: readonly [number, number] = [40, 14],
  more: Partial<Placeable> = {},
): Placeable => ({
  kind,
  key,
  role: null,
  lngLat: at,
  anchor: 'center',
  offset: [0, 0],
  size: 12,
  box,
  ...more,
});

const view = (more: Partial<LabelView> = {}): LabelView => ({
  project: ([x, y]) => ({ x, y }),
  width: 400,
  height: 300,
  close: false,
  contextShown: new Set(),
  attacksOn: false,
  obstacles: [],
  ...more,
});
const box = (x0: number, y0: number, w: number, h: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
/** The keys of the labels shown, by kind. */
const shown = (boxes: Map<Placeable, Box | null>, kind?: LabelKind) =>
  [...boxes]
    .filter(([l, b]) => b && (!kind || l.kind === kind))
    .map(([l]) => l.key)
    .sort();
/** Pairs of shown labels that overlap. */
const clashes = (boxes: Map<Placeable, Box | null>, pad = 0) => {
  const list = [...boxes].filter((e): e is [Placeable, Box] => e[1] !== null);
  return list.flatMap(([a, p], i) =>
    list
      .slice(i + 1)
      .filter(([, q]) => overlaps(p, q, pad))
      .map(([b]) => `${a.kind}:${a.key} × ${b.kind}:${b.key}`),
  );
};

describe('layoutLabels(): which labels show', () => {
  const labels = [
    label('overview', 'FR', [100, 150]),
    label('close', 'FR', [110, 160]),
    label('hub', 'hub', [200, 80]),
    label('close-hub', 'hub', [200, 80]),
    label('title', '', [30, 280]),
    label('context', 'ES', [80, 250]),
    label('attack', 'paris', [300, 200]),
  ];

  test('at the overview: the placed labels and the title; close in: the labels on the countries and the hub’s', () => {
    const far = layoutLabels(labels, view()).boxes;
    expect(shown(far)).toEqual(['', 'FR', 'hub']);
    expect(shown(far, 'overview')).toEqual(['FR']);
    expect(shown(far, 'close')).toEqual([]);
    const near = layoutLabels(labels, view({ close: true })).boxes;
    expect(shown(near, 'overview')).toEqual([]);
    expect(shown(near, 'hub')).toEqual([]);
    expect(shown(near, 'close')).toEqual(['FR']);
    expect(shown(near, 'close-hub')).toEqual(['hub']);
  });

  test('a context label only while the chosen strike names it; the attacks’ only while their layer is on', () => {
    expect(shown(layoutLabels(labels, view()).boxes, 'context')).toEqual([]);
    expect(shown(layoutLabels(labels, view({ contextShown: new Set(['ES']) })).boxes, 'context')).toEqual([
      'ES',
    ]);
    expect(shown(layoutLabels(labels, view()).boxes, 'attack')).toEqual([]);
    expect(shown(layoutLabels(labels, view({ attacksOn: true })).boxes, 'attack')).toEqual(['paris']);
  });

  test('a label sits at its anchor and offset from its projected point', () => {
    const l = label('overview', 'BE', [100, 100], [40, 14], { anchor: 'left', offset: [1, 0] });
    expect(layoutLabels([l], view()).boxes.get(l)).toEqual(box(112, 93, 40, 14));
    // The camera comes in as the projection: a pan moves the label with its point.
    const panned = layoutLabels([l], view({ project: ([x, y]) => ({ x: x - 30, y: y + 10 }) }));
    expect(panned.boxes.get(l)).toEqual(box(82, 103, 40, 14));
  });
});

describe('layoutLabels(): the frame', () => {
  test('a label whose point is in the frame is moved wholly into it, 2 px clear of the edge', () => {
    const l = label('overview', 'RO', [395, 5]);
    expect(layoutLabels([l], view()).boxes.get(l)).toEqual(box(358, 2, 40, 14));
  });

  test('one whose point is out of the frame shows only the part that reaches in; none when it does not', () => {
    const part = label('overview', 'US', [-10, 100]);
    expect(layoutLabels([part], view()).boxes.get(part)).toEqual(box(-30, 93, 40, 14));
    const out = label('overview', 'CA', [-50, 100]);
    expect(layoutLabels([out], view()).boxes.get(out)).toBeNull();
  });

  test('close in, a country’s label shows only while its own point is in the frame', () => {
    const l = label('close', 'NL', [-5, 100]);
    expect(layoutLabels([l], view({ close: true })).boxes.get(l)).toBeNull();
  });
});

describe('layoutLabels(): close in, in priority order and never on one another', () => {
  test('the hub first, then the lead, then the rest in data order: a later label that would overlap is left out', () => {
    const a = label('close', 'NL', [200, 100], [60, 14]);
    const b = label('close', 'BE', [210, 104], [60, 14], { role: 'lead' });
    const c = label('close', 'FR', [300, 200]);
    const { boxes } = layoutLabels([a, b, c], view({ close: true }));
    // The lead wins over the Netherlands, given first.
    expect(shown(boxes)).toEqual(['BE', 'FR']);
    expect(clashes(boxes)).toEqual([]);
  });

  test('labels kept a padding apart, not only unoverlapped', () => {
    const a = label('close', 'A', [100, 100], [40, 14]);
    const b = label('close', 'B', [142, 100], [40, 14]);
    expect(shown(layoutLabels([a, b], view({ close: true })).boxes)).toEqual(['A']);
    const c = label('close', 'C', [150, 100], [40, 14]);
    expect(shown(layoutLabels([a, c], view({ close: true })).boxes)).toEqual(['A', 'C']);
  });

  test('the hub’s label takes another side of its dot rather than hide a country’s', () => {
    const hub = label('close-hub', 'hub', [200, 100], [60, 14], { anchor: 'left', offset: [1, 0] });
    // The Netherlands' label sits right of the hub's dot, where the hub's label would go first.
    const nl = label('close', 'NL', [250, 100], [60, 14]);
    const { boxes, anchors } = layoutLabels([hub, nl], view({ close: true }));
    expect(shown(boxes)).toEqual(['NL', 'hub']);
    expect(anchors.get(hub)).toBe(HUB_SIDES[1]![0]);
    expect(boxes.get(hub)!.x1).toBeLessThanOrEqual(200);
    expect(clashes(boxes)).toEqual([]);
    // With nothing in the way it keeps its first side.
    const alone = layoutLabels([hub], view({ close: true }));
    expect(anchors.get(hub)).not.toBe(alone.anchors.get(hub));
    expect(alone.anchors.get(hub)).toBe(HUB_SIDES[0]![0]);
  });

  test('placed labels drawn smaller than planned that meet: the lead stays, the other moves the least that clears it', () => {
    const uk = label('overview', 'GB', [60, 104], [55, 30]);
    const be = label('overview', 'BE', [110, 125], [51, 15], { role: 'lead' });
    const { boxes } = layoutLabels([uk, be], view());
    expect(boxes.get(be)).toEqual(box(85, 118, 51, 15));
    // Up by the pixel they met, and 2 px more.
    expect(boxes.get(uk)).toEqual(box(33, 86, 55, 30));
    expect(clashes(boxes, 2)).toEqual([]);
  });

  test('the inset’s title gives way to a country’s label it would run into', () => {
    const title = label('title', '', [100, 100], [80, 28]);
    const fr = label('overview', 'FR', [120, 110]);
    expect(shown(layoutLabels([title, fr], view()).boxes)).toEqual(['FR']);
    expect(shown(layoutLabels([title], view()).boxes)).toEqual(['']);
  });
});

describe('layoutLabels(): the map’s controls', () => {
  // The buttons down the top-right corner, as MapLibre draws them.
  const controls = [box(361, 10, 29, 58), box(361, 78, 29, 29), box(361, 117, 29, 29)];
  const clear = (boxes: Map<Placeable, Box | null>) =>
    [...boxes]
      .filter(([, b]) => b && controls.some((c) => overlaps(b, c, OBSTACLE_PADDING)))
      .map(([l]) => l.key);

  test('a placed label under a button moves the least that clears it, and keeps its row', () => {
    // Under the reset button: up runs into the zoom buttons, down into the next: it moves left.
    const ro = label('overview', 'RO', [350, 100], [55, 15]);
    const { boxes } = layoutLabels([ro], view({ obstacles: controls }));
    const b = boxes.get(ro)!;
    expect(b).not.toBeNull();
    expect(clear(boxes)).toEqual([]);
    expect(b.x1).toBe(361 - OBSTACLE_PADDING);
    expect(b.y0).toBe(93);
    // Just under the last button's foot, down is the shortest way out.
    const bg = label('overview', 'BG', [370, 150], [55, 15]);
    expect(layoutLabels([bg], view({ obstacles: controls })).boxes.get(bg)!.y0).toBe(146 + OBSTACLE_PADDING);
    // Without the controls it stays where it was.
    expect(layoutLabels([ro], view()).boxes.get(ro)!.x1).toBeGreaterThan(361);
  });

  test('a moved label does not land on another label; with no move left it is left out', () => {
    // Left, Romania's label would land on Bulgaria's; up and down are under the other buttons.
    const ro = label('overview', 'RO', [350, 100], [55, 15]);
    const bg = label('overview', 'BG', [300, 100], [50, 15]);
    const { boxes } = layoutLabels([ro, bg], view({ obstacles: controls }));
    expect(clear(boxes)).toEqual([]);
    expect(clashes(boxes, 2)).toEqual([]);
    expect(shown(boxes)).toEqual(['BG']);
    // Nor does a label move further than MAX_MOVE (it would leave its country): a wide one under the buttons.
    const wide = label('overview', 'NL', [370, 100], [76, 15]);
    // Drawn into the frame at 322–398 px, it would have to move 41 px left.
    expect(398 - (361 - OBSTACLE_PADDING)).toBeGreaterThan(MAX_MOVE);
    expect(layoutLabels([wide], view()).boxes.get(wide)).not.toBeNull();
    expect(layoutLabels([wide], view({ obstacles: controls })).boxes.get(wide)).toBeNull();
    // A control as big as the frame: nowhere to go.
    const wall = [box(0, 0, 400, 300)];
    const gone = layoutLabels([label('overview', 'X', [200, 130], [40, 14])], view({ obstacles: wall }));
    expect(shown(gone.boxes)).toEqual([]);
  });

  test('placed labels that meet: the lead keeps its name, a lesser label gives way (a 280 × 400 fit embed lost Belgium’s)', () => {
    // The hub's label; the lead's runs into it; below the lead, a lesser label that fits where it is.
    const hub = label('hub', 'hub', [200, 100], [72, 14]);
    const be = label('overview', 'BE', [190, 110], [51, 15], { role: 'lead' });
    const fr = label('overview', 'FR', [185, 128], [42, 15], { role: 'evidence' });
    const { boxes } = layoutLabels([fr, be, hub], view());
    expect(shown(boxes)).toContain('BE');
    expect(shown(boxes)).toContain('hub');
    expect(clashes(boxes, 2)).toEqual([]);
    // Moved at most MAX_MOVE, and the lesser label moved (or left out) rather than the lead dropped.
    const b = boxes.get(be)!;
    expect(Math.abs(b.y0 - (110 - 7.5))).toBeLessThanOrEqual(MAX_MOVE);
    // Labels of one rank: one that fits where it is stays; the other moves (the data's order does not matter).
    const ro = label('overview', 'RO', [300, 200], [55, 15]);
    const bg = label('overview', 'BG', [300, 208], [52, 15]);
    for (const order of [
      [ro, bg],
      [bg, ro],
    ]) {
      const r = layoutLabels(order, view()).boxes;
      expect(clashes(r, 2)).toEqual([]);
    }
  });

  test('close in, a country’s and the hub’s label stay clear of the buttons', () => {
    const nl = label('close', 'NL', [340, 40], [76, 15]);
    const hub = label('close-hub', 'hub', [350, 90], [72, 15], { anchor: 'left', offset: [1, 0] });
    const { boxes } = layoutLabels([nl, hub], view({ close: true, obstacles: controls }));
    expect(shown(boxes)).toEqual(['NL', 'hub']);
    expect(clear(boxes)).toEqual([]);
    expect(clashes(boxes, 4)).toEqual([]);
  });

  test('the title and the attacks’ labels stay clear of them too', () => {
    const title = label('title', '', [340, 60], [80, 28]);
    const attack = label('attack', 'x', [375, 95], [60, 28]);
    const { boxes } = layoutLabels([title, attack], view({ attacksOn: true, obstacles: controls }));
    expect(clear(boxes)).toEqual([]);
    expect(shown(boxes)).toEqual(['', 'x']);
  });
});

describe('layoutLabels(): the claimed attacks’ labels', () => {
  test('each at the first spot around its marker free of every other label; left out when none is', () => {
    const fr = label('overview', 'FR', [100, 100], [60, 20]);
    const paris = label('attack', 'paris', [140, 100], [50, 28]);
    const { boxes, anchors } = layoutLabels([fr, paris], view({ attacksOn: true }));
    // Its first spot (to the right of the marker) is free.
    expect(anchors.get(paris)).toBe(ATTACK_LABEL_SPOTS[0]![0]);
    expect(clashes(boxes, 2)).toEqual([]);
    // Walled in by labels on every side within reach: no label.
    const walls = [-1, 0, 1].flatMap((i) =>
      [-1, 0, 1].map((j) => label('overview', `w${i}${j}`, [200 + i * 110, 150 + j * 80], [110, 80])),
    );
    const inside = label('attack', 'in', [200, 150], [50, 28]);
    const walled = layoutLabels([...walls.filter((w) => w.key !== 'w00'), inside], view({ attacksOn: true }));
    expect(walled.boxes.get(inside)).toBeNull();
  });

  test('the most hemmed-in is placed first, so one with room elsewhere does not take its only spot', () => {
    // B's marker has a label on its right and walls above and below: only spots on its left are free, and A's
    // first spot (on A's right) takes them all. A, given first, has room on its own left.
    const a = label('attack', 'a', [100, 60], [40, 14]);
    const b = label('attack', 'b', [160, 60], [40, 14]);
    const right = label('overview', 'R', [215, 60], [60, 40]);
    const below = label('overview', 'W', [160, 110], [400, 60]);
    const above = label('overview', 'U', [200, 23], [400, 46]);
    const { boxes } = layoutLabels([right, below, above, a, b], view({ attacksOn: true }));
    expect(shown(boxes, 'attack')).toEqual(['a', 'b']);
    expect(clashes(boxes, 2).filter((c) => c.includes('attack'))).toEqual([]);
  });
});

describe('layoutLabels(): a label with no room where it was placed or near its marker', () => {
  // The 375 × 667 page's overview with the claimed attacks on (its 351 × 433 px map, as measured in Chromium):
  // Brussels's marker is ringed by the hub's, Belgium's, the Netherlands' and Paris's labels.
  const phone = () => {
    const o = (
      key: string,
      at: readonly [number, number],
      size: readonly [number, number],
      role = 'servers',
    ) => label('overview', key, at, size, { role, size: 12.5 });
    const attack = (key: string, at: readonly [number, number], w: number) =>
      label('attack', key, at, [w, 28], { anchor: 'left', size: 11.5 });
    const fixed = [
      label('hub', 'hub', [122.4, 125.6], [72, 14], { anchor: 'left', offset: [0.83, 0] }),
      o('BE', [125.1, 152.6], [51, 15], 'lead'),
      o('FR', [109.3, 178.3], [42, 15]),
      o('NL', [186.4, 99.7], [76, 15]),
      o('GB', [50.6, 119.6], [55, 30]),
      o('RO', [299.3, 193.6], [55, 15]),
      o('BG', [303.9, 237.5], [52, 15]),
      o('CA', [174.2, 335.7], [48, 15]),
      o('US', [195.8, 391.4], [85, 15]),
    ];
    const attacks = [
      attack('paris', [108.9, 161.5], 55),
      attack('brussels', [123.1, 139.8], 73),
      attack('berlin', [186.5, 120.8], 55),
      attack('barcelona', [107.5, 236.7], 74),
      attack('trebes', [109.4, 219.2], 59),
    ];
    const frame = view({
      width: 351,
      height: 433,
      attacksOn: true,
      obstacles: [box(312, 10, 29, 58), box(312, 78, 29, 29)],
    });
    return { fixed, attacks, frame };
  };

  // Without Berlin's marker, which sits under the hub's name on this phone and sends it to another side (below).
  const noBerlin = () => {
    const p = phone();
    return { ...p, attacks: p.attacks.filter((a) => a.key !== 'berlin') };
  };

  test('an attack’s label ringed by others (Brussels on a phone) goes further out, with a leader that crosses none', () => {
    const { fixed, attacks, frame } = noBerlin();
    const brussels = attacks[1]!;
    const { boxes, leaders } = layoutLabels([...fixed, ...attacks], frame);
    expect(shown(boxes, 'attack')).toEqual(['barcelona', 'brussels', 'paris', 'trebes']);
    expect(clashes(boxes, 2)).toEqual([]);
    const b = boxes.get(brussels)!;
    // No near spot was free: it sits in the far ring, read through a leader.
    const far = ATTACK_LABEL_SPOTS.slice(ATTACK_FAR_SPOTS_FROM).map(([anchor, offset]) =>
      anchoredBox([123.1, 139.8], anchor, offset, 11.5, [73, 28]),
    );
    expect(far).toContainEqual(b);
    const leader = leaders.get(brussels)!;
    expect(leader).toBeDefined();
    expect([...leaders.keys()].map((l) => l.key)).toEqual(['brussels']);
    // From the marker's edge to the label's box, through no other label.
    expect(Math.hypot(leader.x0 - 123.1, leader.y0 - 139.8)).toBeCloseTo(MARKER_RADIUS, 5);
    expect(leader.x1).toBeGreaterThanOrEqual(b.x0);
    expect(leader.x1).toBeLessThanOrEqual(b.x1);
    expect(leader.y1).toBeGreaterThanOrEqual(b.y0);
    expect(leader.y1).toBeLessThanOrEqual(b.y1);
    for (const [l, o] of boxes)
      if (o && l !== brussels) expect(segmentMeets(leader, o), `${l.kind}:${l.key}`).toBe(false);
    // Alone, it takes the first near spot and needs no leader.
    const open = layoutLabels([brussels], frame);
    expect(open.anchors.get(brussels)).toBe(ATTACK_LABEL_SPOTS[0]![0]);
    expect(open.leaders.size).toBe(0);
  });

  test('Brussels’s label takes no other label’s spot: Paris keeps its own, with no leader', () => {
    const { fixed, attacks, frame } = noBerlin();
    const paris = attacks[0]!;
    // Without Brussels, where Paris's label goes (a near spot).
    const without = layoutLabels([...fixed, ...attacks.filter((a) => a.key !== 'brussels')], frame).boxes.get(
      paris,
    );
    expect(without).not.toBeNull();
    // With Brussels (the most hemmed-in, placed first), Paris's label stays where it was.
    const all = layoutLabels([...fixed, ...attacks], frame);
    expect(all.boxes.get(paris)).toEqual(without);
    expect(all.leaders.has(paris)).toBe(false);
  });

  test('the hub’s name over an attack’s marker (Berlin’s on a phone) takes another side of its dot; none covers a marker', () => {
    const { fixed, attacks, frame } = phone();
    const hub = fixed[0]!;
    const marker = (a: (typeof attacks)[number]) => {
      const [x, y] = a.lngLat;
      return { x0: x - MARKER_RADIUS, y0: y - MARKER_RADIUS, x1: x + MARKER_RADIUS, y1: y + MARKER_RADIUS };
    };
    // Attacks off, or on and clear of it: the hub's name keeps its own side.
    const off = layoutLabels([...fixed, ...attacks], { ...frame, attacksOn: false });
    expect(off.anchors.has(hub)).toBe(false);
    expect(attacks.filter((a) => overlaps(off.boxes.get(hub)!, marker(a))).map((a) => a.key)).toEqual([
      'berlin',
    ]);
    expect(
      layoutLabels([...fixed, ...attacks.filter((a) => a.key !== 'berlin')], frame).anchors.has(hub),
    ).toBe(false);
    // On: another side, over no marker, and every label still shown, none over another or over a marker.
    const { boxes, anchors, leaders } = layoutLabels([...fixed, ...attacks], frame);
    expect(anchors.get(hub)).not.toBe(hub.anchor);
    expect(HUB_SIDES.map(([a]) => a)).toContain(anchors.get(hub));
    expect(shown(boxes)).toHaveLength(fixed.length + attacks.length);
    expect(clashes(boxes, 2)).toEqual([]);
    // (No label over a marker's middle: a country's label may touch a marker's ring, as Belgium's does Brussels's.)
    const middle = (a: (typeof attacks)[number]) => ({
      x0: a.lngLat[0],
      y0: a.lngLat[1],
      x1: a.lngLat[0],
      y1: a.lngLat[1],
    });
    const over = [...boxes].filter(([l, b]) => b && attacks.some((a) => a !== l && overlaps(b, middle(a))));
    expect(over.map(([l]) => l.key)).toEqual([]);
    // Berlin's label, hemmed in now, is read through a leader.
    expect([...leaders.keys()].map((l) => l.key)).toEqual(['berlin']);
  });

  test('a placed label that gave way reads beside its country instead (United Kingdom in a 280 × 400 fit frame)', () => {
    // The 280 × 400 frame's overview (264 × 174 px map): "United / Kingdom" placed west of the UK meets the lead's
    // and the Netherlands' labels, and no move of 24 px or less clears both.
    const controls = [box(225, 10, 29, 58), box(225, 78, 29, 29), box(225, 117, 29, 29)];
    const labels = [
      label('hub', 'hub', [112.5, 53.6], [72, 14], { anchor: 'left', offset: [0.83, 0] }),
      label('overview', 'BE', [113.5, 63.5], [51, 15], { role: 'lead', size: 12.5 }),
      label('overview', 'NL', [136, 44.1], [76, 15], { size: 12.5 }),
      label('overview', 'FR', [107.6, 73], [42, 15], { size: 12.5 }),
    ];
    const gb = label('overview', 'GB', [86.1, 51.4], [55, 30], { size: 12.5, at: [97.3, 51.4] });
    const frame = view({ width: 264, height: 174, obstacles: controls });
    const { boxes } = layoutLabels([...labels, gb], frame);
    const b = boxes.get(gb)!;
    expect(b).not.toBeNull();
    expect(shown(boxes)).toEqual(['BE', 'FR', 'GB', 'NL', 'hub']);
    expect(clashes(boxes, 2)).toEqual([]);
    // Beside its point (within 1.2 ems and its own size), in the frame, off the buttons.
    expect(b.x1).toBeLessThanOrEqual(97.3);
    expect(b.x0).toBeGreaterThanOrEqual(2);
    expect(b.y0).toBeGreaterThanOrEqual(2);
    expect(controls.some((c) => overlaps(b, c, OBSTACLE_PADDING))).toBe(false);
    // A word's space or more from any label on its line, so the two names do not read as one.
    for (const l of labels) {
      const o = boxes.get(l)!;
      if (b.y0 < o.y1 && o.y0 < b.y1)
        expect(Math.max(o.x0 - b.x1, b.x0 - o.x1), l.key).toBeGreaterThanOrEqual(10);
    }
    // Without its point on the country it has nowhere else to go: left out, as before.
    const { at: _, ...placedOnly } = gb;
    expect(layoutLabels([...labels, placedOnly], frame).boxes.get(placedOnly)).toBeNull();
  });
});

describe('layoutLabels(): a card over the map (an embed’s panel)', () => {
  // The card covers the frame's bottom 120 px.
  const covered = { top: 0, right: 0, bottom: 120, left: 0 };

  test('a label whose point is under the card is left out; one by its edge is read whole above it', () => {
    const under = label('overview', 'RO', [300, 250]);
    const edge = label('overview', 'FR', [100, 175], [40, 14]);
    const { boxes } = layoutLabels([under, edge], view({ covered }));
    expect(boxes.get(under)).toBeNull();
    // 4 px clear of the card, as of a button.
    expect(boxes.get(edge)).toEqual(box(80, 180 - OBSTACLE_PADDING - 14, 40, 14));
    // Without the card, both where they are.
    const open = layoutLabels([under, edge], view()).boxes;
    expect(open.get(under)).toEqual(box(280, 243, 40, 14));
    expect(open.get(edge)).toEqual(box(80, 168, 40, 14));
  });

  test('close in, a country whose point is under the card loses its label; the attacks’ spots keep off it', () => {
    const nl = label('close', 'NL', [200, 250]);
    const be = label('close', 'BE', [200, 100]);
    const paris = label('attack', 'paris', [300, 175], [50, 28]);
    const { boxes } = layoutLabels([nl, be, paris], view({ close: true, attacksOn: true, covered }));
    expect(shown(boxes)).toEqual(['BE', 'paris']);
    expect(boxes.get(paris)!.y1).toBeLessThanOrEqual(180);
  });
});
