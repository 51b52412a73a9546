import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { otherOrientation } from '../../../src/app/other-orientation.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { mapTextOf, toMapDataFile, withText } from '../../../src/geo/map-view-data.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();
const file = toMapDataFile(buildMapData(topo, OPERATION, 'wide'), buildMapData(topo, OPERATION, 'tall'));
const text = mapTextOf(OPERATION, 'North America\nsmaller scale');

describe('otherOrientation(): a rotation without the file’s encoded main map', () => {
  test('gives what withText gives from the whole file, both ways', () => {
    for (const [from, to] of [
      ['wide', 'tall'],
      ['tall', 'wide'],
    ] as const) {
      const shown = withText(file, from, text);
      expect(otherOrientation(shown, file.parts, to, text)).toEqual(withText(file, to, text));
    }
  });

  test('the main map is the shown one (not decoded again), the inset is the new orientation’s', () => {
    const wide = withText(file, 'wide', text);
    const tall = otherOrientation(wide, file.parts, 'tall', text);
    const mainOf = (d: typeof wide) => d.countries.features.filter((f) => f.properties.part === 'main');
    expect(mainOf(tall)[0]).toBe(mainOf(wide)[0]);
    expect(tall.layout.frame).toEqual(file.parts.tall.frame);
    expect(tall.layout.frame).not.toEqual(wide.layout.frame);
  });
});
