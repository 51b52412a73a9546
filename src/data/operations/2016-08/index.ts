/**
 * August 2016: the first takedown against Amaq (facts.md §4). Europol's
 * release names no lead country and no participant, so the map colours none
 * and says so.
 */
import { ATTRIBUTION } from '../../about.ts';
import type { Citation, Operation } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

const STRIKE: Operation['strike'] = {
  id: '2016-08',
  kind: 'strike',
  label: 'August 2016',
  leadName: null,
  summary: {
    text: 'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.',
    cite: [art(10), { source: 'europol' }],
    saidBy: 'Europol',
  },
  details: [
    {
      text: 'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.',
      cite: [{ source: 'europol' }],
      saidBy: 'Europol',
    },
  ],
};

export const OPERATION: Operation = {
  slug: '2016-08',
  start: '2016-08',
  end: '2016-08',
  kicker: 'The campaign against Amaq · August 2016',
  title: 'August 2016: the first takedown against Amaq',
  dek: 'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.',
  dates: {
    text: 'August 2016.',
    cite: [{ source: 'europol' }],
  },
  summary: [
    STRIKE.summary,
    ...STRIKE.details,
    { text: 'We found no source giving the days of the August 2016 takedown.', cite: [], research: true },
  ],
  roles: [{ role: 'hub', label: 'Europol' }],
  participants: [],
  hub: {
    name: 'The Hague',
    role: 'hub',
    lngLat: [4.2835, 52.093],
    lngLatCite: [{ source: 'worldForum' }],
    marks:
      'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself',
    bodies: [
      {
        name: 'Europol',
        what: {
          text: 'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.',
          cite: [{ source: 'europol' }],
          saidBy: 'Europol',
        },
      },
    ],
    caveats: [
      {
        text: 'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.',
        cite: [],
        research: true,
      },
    ],
  },
  outlets: [],
  outletsNote: {
    text: 'The report says Amaq’s mobile app and web assets were first targeted in 2016.',
    cite: [art(10)],
  },
  quotes: [],
  strike: STRIKE,
  tour: [],
  attacks: [],
  attacksNote: [],
  disagreements: [],
  aftermath: [],
  context: [],
  credit:
    'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).',
  about: {
    method: [
      'This page tells the August 2016 takedown from two sources of April 2018 that recount it: Europol’s press release of 27 April 2018, read in full in a repost (Europol’s own page was not found), and a news report, read in a syndicated copy, whose paragraphs are cited as “article ¶N”.',
      'Neither names the countries that took part or gives the days; where the sources are silent, the page says so in a research note.',
      ATTRIBUTION,
    ],
  },
  sources: {},
};
