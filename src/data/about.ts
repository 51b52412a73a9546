/**
 * "About this map": shown at the foot of the page and in the downloads'
 * README. A correction goes into `corrections`, newest first, with its date,
 * and `updated` moves with it.
 */
import type { About, Operation } from './types.ts';

/** The last paragraph of every page's method: whose account a statement is. */
export const ATTRIBUTION =
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.';

export const ABOUT: About = {
  method: [
    'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.',
    'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.',
    ATTRIBUTION,
  ],
  markers: [
    {
      label: 'Unconfirmed',
      meaning: 'a source says it, but no other source confirms it, or it applies a later source to 2018.',
    },
    {
      label: 'Not named',
      meaning:
        'we found no source naming the agency that acted in that country; it does not mean none took part.',
    },
    {
      label: 'Research note',
      meaning:
        'a finding of our research, such as what we could not find; no page is cited because no page says it.',
    },
  ],
  sources:
    'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.',
  credits: [
    'Country outlines: Natural Earth via world-atlas (public domain).',
    'Research, data and map: the Takedown Map project; code and data under the MIT licence.',
  ],
  published: '2026-11-29',
  updated: '2026-11-29',
  corrections: [
    {
      date: '2026-11-29',
      text: 'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.',
    },
  ],
};

/** What "Unconfirmed" means on another operation's page: the April 2018 wording speaks of 2018. */
export const UNCONFIRMED_ELSEWHERE = 'a source says it, but no other source confirms it.';

/** Whether any fact anywhere in the operation's data (objects and arrays alike) is marked unconfirmed. */
function hasUnconfirmed(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  return (v as { unconfirmed?: unknown }).unconfirmed === true || Object.values(v).some(hasUnconfirmed);
}

/**
 * "About this map" for an operation's page: its own method (its sources)
 * where it has one, else the April 2018 takedown's. The corrections listed
 * here are the April 2018 page's; another operation's page lists none. The
 * "Unconfirmed" marker is explained only on a page that shows one, in words
 * that fit that page.
 */
export function aboutOf(op: Operation): About {
  if (!op.about) return ABOUT;
  const unconfirmed = hasUnconfirmed(op);
  const markers = ABOUT.markers.flatMap((m) =>
    m.label !== 'Unconfirmed' ? [m] : unconfirmed ? [{ ...m, meaning: UNCONFIRMED_ELSEWHERE }] : [],
  );
  return { ...ABOUT, method: op.about.method, markers, corrections: [] };
}
