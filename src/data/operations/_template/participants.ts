/** TEMPLATE: one entry per country a source names (ISO alpha-2 and numeric codes; roles from roles.ts). */
import type { Participant } from '../../types.ts';

export const PARTICIPANTS: readonly Participant[] = [
  {
    alpha2: 'BE',
    numeric: '056',
    name: 'Belgium',
    roles: ['lead'],
    // null when no source names the agency that acted; the page then says so.
    authority: null,
    actions: [
      { text: 'Replace: what this country did, in our own words.', cite: [{ source: 'templatePage' }] },
    ],
    caveats: [],
  },
];
