/**
 * A claimed attack's date as the list, its details and the map's labels write it. Its own module so the
 * attacks list (start chunk) does not pull the map's layer code (map/story-layers.ts) in with it.
 */

/** "13 Nov 2015", in the reader's locale ("13 nov. 2015", "13. Nov. 2015"…). */
export const attackDate = (iso: string, locale = 'en-GB'): string =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
