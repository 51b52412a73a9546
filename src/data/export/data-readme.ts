/** data/README.txt: what each download holds, its sources, licence, and "About this map". Pure. */
import { ABOUT } from '../about.ts';
import { OPERATION } from '../operation.ts';
import type { About, Operation } from '../types.ts';
import { EN_I18N, type I18n } from '../../i18n/i18n.ts';
import { CSV_COLUMNS } from './to-csv.ts';
import { dataNote } from './cite-text.ts';

/** "About this map" as plain text, the same words as the page foot. */
export function aboutText(about: About = ABOUT, i18n: I18n = EN_I18N): string {
  return [
    i18n.t('about.title'),
    '',
    i18n.t('about.method'),
    ...about.method.map((m) => `- ${m}`),
    '',
    i18n.t('about.labels'),
    ...about.markers.map((m) => `- ${m.label}: ${m.meaning}`),
    '',
    `${i18n.t('about.sources')}: ${about.sources}`,
    '',
    i18n.t('about.credits'),
    ...about.credits.map((c) => `- ${c}`),
    '',
    i18n.t('about.dates', { published: about.published, updated: about.updated }),
    ...(about.corrections.length
      ? ['', i18n.t('about.corrections'), ...about.corrections.map((c) => `- ${c.date}: ${c.text}`)]
      : []),
  ].join('\n');
}

/**
 * `publicUrl`: where the map is published (PUBLIC_URL at build time); the README then says where the map and these files live.
 * `op`: the page's operation (its name and number of countries; the default operation's when not given).
 */
export function dataReadme(
  publicUrl?: string,
  about: About = ABOUT,
  i18n: I18n = EN_I18N,
  op: Pick<Operation, 'title' | 'strike' | 'participants'> = OPERATION,
): string {
  return [
    'Takedown Map: data downloads',
    ...(i18n.lang === 'en'
      ? []
      : [`(${i18n.lang}) ${i18n.t('page.getData')} ${i18n.t('page.sourcesLicence')}`]),
    '',
    ...(publicUrl ? [`The map: ${publicUrl}`, `These files: ${new URL('data/', publicUrl).href}`, ''] : []),
    dataNote(op),
    '',
    `participants.csv  One row per participating country (${op.participants.length}). UTF-8, comma-separated, RFC 4180 quoting, CRLF. Columns: ${CSV_COLUMNS.join(', ')}.`,
    '                  roles are separated by "; ". authority is empty where we found no source naming the agency that acted.',
    '                  caveats holds the same notes as the panels, each marked [Unconfirmed] or [Research note] where it is one.',
    'takedown.geojson  RFC 7946 FeatureCollection in WGS84 longitude/latitude (real-world positions, not the on-screen inset).',
    '                  properties.kind is participant (country outline, with action, caveats and citations), hub (The Hague:',
    '                  marks says what the point stands on), spoke (great circle from The Hague) or attack (approximate marker).',
    'operation.json    The whole data module: operation (participants, hub, outlets, quotes, strikes, attacks, disagreements,',
    '                  aftermath, context), tour, sources (publisher, title where known, what the page is, address) and about.',
    '',
    aboutText(about, i18n),
    '',
  ].join('\n');
}
