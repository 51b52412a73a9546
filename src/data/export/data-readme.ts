/** data/README.txt: what each download holds, its sources and licence. Pure. */
import { CSV_COLUMNS } from './to-csv.ts';
import { DATA_NOTE } from './cite-text.ts';

/** `publicUrl`: where the map is published (PUBLIC_URL at build time); the README then says where the map and these files live. */
export function dataReadme(publicUrl?: string): string {
  return [
    'Takedown Map: data downloads',
    '',
    ...(publicUrl ? [`The map: ${publicUrl}`, `These files: ${new URL('data/', publicUrl).href}`, ''] : []),
    DATA_NOTE,
    '',
    `participants.csv  One row per participating country (8). UTF-8, comma-separated, RFC 4180 quoting, CRLF. Columns: ${CSV_COLUMNS.join(', ')}.`,
    '                  roles are separated by "; ". authority is empty where no source names the agency that acted.',
    '                  Facts the sources do not confirm start with [Unconfirmed].',
    'takedown.geojson  RFC 7946 FeatureCollection in WGS84 longitude/latitude (real-world positions, not the on-screen inset).',
    '                  properties.kind is participant (country outline), hub (The Hague), spoke (great circle from The Hague) or attack.',
    'operation.json    The whole data module: operation (participants, hub, outlets, quotes, strikes, attacks, disagreements, aftermath), tour and sources.',
    '',
  ].join('\n');
}
