/**
 * What the map labels, from its data (label-overlay.ts makes one HTML label of each): per participant its
 * placed overview label and its label on the country, the hub's two, the inset's title, the context labels
 * and the claimed attacks'. Pure.
 */
import type { Attack } from '../data/types.ts';
import { HUB_LABEL_SIZE, LABEL_SIZE, wrapName } from '../geo/label-size.ts';
import type { MapViewData } from '../geo/map-view-data.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { LabelKind } from './label-layout.ts';
import { attackFeatures } from './story-layers.ts';

/** The inset title's and the attacks' size. */
const TITLE_SIZE = 11.5;
const ATTACK_SIZE = 11.5;

export interface LabelSpec {
  readonly kind: LabelKind;
  readonly key: string;
  readonly lines: readonly string[];
  readonly lngLat: readonly [number, number];
  readonly anchor: string;
  readonly offset: readonly [number, number];
  readonly size: number;
  readonly role: string | null;
  /** A participant's on-country point (for probes and tests). */
  readonly at?: readonly [number, number];
}

const spec = (
  kind: LabelKind,
  key: string,
  lines: readonly string[],
  lngLat: readonly [number, number],
  anchor: string,
  offset: readonly [number, number],
  size: number,
  role: string | null = null,
): LabelSpec => ({ kind, key, lines, lngLat, anchor, offset, size, role });

const point = (g: { coordinates: unknown }) => g.coordinates as [number, number];

export function labelSpecs(d: MapViewData, attacks: readonly Attack[], i18n: I18n): LabelSpec[] {
  const out: LabelSpec[] = [];
  for (const { geometry, properties: p } of d.labels.features) {
    const lines = wrapName(p.name);
    out.push(
      {
        ...spec('overview', p.key, lines, point(geometry), p.anchor, p.offset, LABEL_SIZE, p.role),
        at: p.at,
      },
      { ...spec('close', p.key, lines, p.at, 'center', [0, 0], LABEL_SIZE, p.role), at: p.at },
    );
  }
  for (const { geometry, properties: p } of d.hubLabel.features)
    out.push(spec('hub', 'hub', wrapName(p.name), point(geometry), p.anchor, p.offset, HUB_LABEL_SIZE));
  const hub = d.hub.features[0];
  if (hub)
    out.push(
      spec(
        'close-hub',
        'hub',
        wrapName(hub.properties.name),
        point(hub.geometry),
        'left',
        [1, 0],
        HUB_LABEL_SIZE,
      ),
    );
  for (const f of d.insetFrame.features) {
    if (f.geometry.type !== 'Point') continue;
    const lines =
      i18n.lang === 'en' && f.properties.title
        ? f.properties.title.split('\n')
        : [i18n.t('map.insetTitle'), i18n.t('map.insetNote')];
    out.push(spec('title', '', lines, point(f.geometry), 'bottom-left', [0.5, -0.4], TITLE_SIZE));
  }
  for (const f of d.context.features)
    out.push(
      spec('context', f.properties.key, [f.properties.name], point(f.geometry), 'center', [0, 0], LABEL_SIZE),
    );
  // The claimed attacks' labels, placed last round every other label while the reader shows them.
  for (const f of attackFeatures(attacks, i18n.locale).features)
    out.push(
      spec(
        'attack',
        f.properties.id,
        wrapName(f.properties.label),
        point(f.geometry),
        'left',
        [0, 0],
        ATTACK_SIZE,
      ),
    );
  return out;
}
