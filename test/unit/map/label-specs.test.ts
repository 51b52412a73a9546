import { describe, expect, test } from 'vitest';
import { OPERATION } from '../../../src/data/operation.ts';
import { OPERATIONS } from '../../../src/data/registry.ts';
import type { Operation } from '../../../src/data/types.ts';
import { buildMapData } from '../../../src/geo/build-map-data.ts';
import { mapTextOf, toMapDataFile, withText } from '../../../src/geo/map-view-data.ts';
import { CONTENT, i18nFor } from '../../../src/i18n/all-locales.ts';
import type { Lang } from '../../../src/i18n/langs.ts';
import { localizeOperation } from '../../../src/i18n/localize.ts';
import { labelSpecs, type LabelSpec } from '../../../src/map/label-specs.ts';
import { loadTopology } from '../../fixtures/load.ts';

const topo = loadTopology();

/** What the map labels for an operation in a language, as the app builds it (load-map.ts). */
const specsOf = (base: Operation, lang: Lang = 'en') => {
  const i18n = i18nFor(lang);
  const op = localizeOperation(base, i18n, CONTENT[lang]);
  const file = toMapDataFile(buildMapData(topo, op, 'wide'), buildMapData(topo, op, 'tall'));
  const data = withText(file, 'wide', mapTextOf(op, 'North America\nsmaller scale'));
  return { op, specs: labelSpecs(data, op.attacks, i18n) };
};
const of = (specs: readonly LabelSpec[], kind: LabelSpec['kind']) => specs.filter((s) => s.kind === kind);
const text = (s: LabelSpec) => s.lines.join(' ');

const april = specsOf(OPERATION);

describe('labelSpecs(): what the map labels', () => {
  test('each participant twice: placed for the overview, and on its country (centred on its point) for close in', () => {
    const { op, specs } = april;
    const keys = op.participants.map((p) => p.alpha2).sort();
    expect(
      of(specs, 'overview')
        .map((s) => s.key)
        .sort(),
    ).toEqual(keys);
    expect(
      of(specs, 'close')
        .map((s) => s.key)
        .sort(),
    ).toEqual(keys);
    for (const p of op.participants) {
      const [placed, onCountry] = [of(specs, 'overview'), of(specs, 'close')].map((list) =>
        list.find((s) => s.key === p.alpha2)!,
      );
      expect(text(placed!), p.alpha2).toBe(p.name);
      expect(onCountry!.lines).toEqual(placed!.lines);
      expect(onCountry!.role).toBe(placed!.role);
      expect(onCountry!.lngLat).toEqual(placed!.at);
      expect(onCountry!.anchor).toBe('center');
    }
    // The lead is known by its role (it is placed before the rest close in).
    expect(
      of(specs, 'close')
        .filter((s) => s.role === 'lead')
        .map((s) => s.key),
    ).toEqual(['BE']);
  });

  test('a long name wraps once, at its middle space; a short one does not', () => {
    const uk = of(april.specs, 'overview').find((s) => s.key === 'GB')!;
    expect(uk.lines).toEqual(['United', 'Kingdom']);
    expect(of(april.specs, 'overview').find((s) => s.key === 'FR')!.lines).toEqual(['France']);
  });

  test('the hub: its placed label at the side the placement chose, and its close-in one beside its dot', () => {
    const [hub] = of(april.specs, 'hub');
    const [close] = of(april.specs, 'close-hub');
    expect(hub!.lines).toEqual(['The Hague']);
    expect(close!.lines).toEqual(['The Hague']);
    expect(hub!.key).toBe('hub');
    expect(close!.key).toBe('hub');
    expect(close!.lngLat[0]).toBeCloseTo(4.3, 0);
    expect(close!.lngLat[1]).toBeCloseTo(52.1, 0);
    expect(close!.size).toBe(hub!.size);
  });

  test('the inset title when the operation has an inset, and one label per claimed attack', () => {
    expect(of(april.specs, 'title').map((s) => s.lines)).toEqual([['North America', 'smaller scale']]);
    expect(of(april.specs, 'attack').map(text)).toEqual(
      expect.arrayContaining(['Paris, 13 Nov 2015', 'Brussels, 22 Mar 2016', 'Trèbes, 23 Mar 2018']),
    );
    expect(of(april.specs, 'attack')).toHaveLength(OPERATION.attacks.length);
  });

  test.each(OPERATIONS.map((op) => [op.slug, op] as const))(
    '%s: its participants, the hub, a title only with an inset, attacks only where it has them, no context label',
    (_, base) => {
      const { op, specs } = specsOf(base);
      expect(
        of(specs, 'overview')
          .map((s) => s.key)
          .sort(),
      ).toEqual(op.participants.map((p) => p.alpha2).sort());
      expect(of(specs, 'hub')).toHaveLength(1);
      const inset = op.participants.some((p) => p.alpha2 === 'US' || p.alpha2 === 'CA');
      expect(of(specs, 'title')).toHaveLength(inset ? 1 : 0);
      expect(of(specs, 'attack')).toHaveLength(op.attacks.length);
      // Every country an operation names is one of its participants: no context labels are left to draw.
      expect(of(specs, 'context')).toEqual([]);
    },
  );

  test('in French: the names, the inset title and the attacks’ dates in the page’s language', () => {
    const { specs } = specsOf(OPERATION, 'fr');
    expect(of(specs, 'overview').find((s) => s.key === 'BE')!.lines).toEqual(['Belgique']);
    expect(of(specs, 'hub')[0]!.lines).toEqual(['La Haye']);
    expect(of(specs, 'title')[0]!.lines).toEqual(['Amérique du Nord', 'échelle réduite']);
    expect(of(specs, 'attack').map(text)).toContain('Paris, 13 nov. 2015');
  });
});
