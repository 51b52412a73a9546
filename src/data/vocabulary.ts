/**
 * The typed vocabularies the schema and the views share: the countries the
 * data may name (ISO 3166-1 alpha-2), the roles an operation may give them,
 * and the campaign's entries by yyyy-mm. An operation that names a new
 * country or role adds it here (and, for a role, its colour in palette.ts).
 */

/** ISO 3166-1 alpha-2 of every country an operation names. */
export const ALPHA2 = ['BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US', 'ES', 'DE', 'IT'] as const;
export type Alpha2 = (typeof ALPHA2)[number];

/**
 * The roles a participant or place can hold. Each operation picks the ones it
 * shows and names them (its `roles`); the colour comes from the one palette.
 * `referral`: a national referral unit in a Referral Action Day; `arrest`: the
 * country where an arrest was made.
 */
export const ROLES = [
  'lead',
  'evidence',
  'servers',
  'registrars',
  'support',
  'referral',
  'arrest',
  'hub',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A campaign entry's id: its year and month, yyyy-mm (also the old `#strike=`
 * values). Any month may hold an operation, so a new folder needs no new id here.
 */
export type StrikeId = `${number}-${number}`;

export const STRIKE_ID = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

/** The campaign's entries when this was written, in time order (tests compare the registry against it). */
export const STRIKE_IDS: readonly StrikeId[] = [
  '2015-12',
  '2016-08',
  '2017-06',
  '2018-04',
  '2018-10',
  '2019-11',
];
