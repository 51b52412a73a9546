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

/** The campaign's entries by yyyy-mm (also the old `#strike=` values): Europol's alert and each operation. */
export const STRIKE_IDS = ['2015-12', '2016-08', '2017-06', '2018-04', '2018-10', '2019-11'] as const;
export type StrikeId = (typeof STRIKE_IDS)[number];
