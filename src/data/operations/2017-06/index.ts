/**
 * June 2017: the second strike, led by Spain's Guardia Civil with support
 * from Europol and the USA (report ¶11, facts.md §4).
 */
import { ATTRIBUTION } from '../../about.ts';
import type { Citation, Operation } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

const STRIKE: Operation['strike'] = {
  id: '2017-06',
  kind: 'strike',
  label: 'June 2017',
  leadName: 'Spain (Guardia Civil)',
  summary: {
    text: 'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.',
    cite: [art(11), { source: 'europol' }],
  },
  details: [
    {
      text: 'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.',
      cite: [art(11), { source: 'europol' }],
    },
    {
      text: 'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.',
      cite: [{ source: 'laGaceta' }],
      unconfirmed: true,
    },
  ],
};

export const OPERATION: Operation = {
  slug: '2017-06',
  start: '2017-06',
  end: '2017-06',
  kicker: 'The campaign against Amaq · June 2017',
  title: 'June 2017: Spain’s Guardia Civil leads the second strike',
  dek: 'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.',
  dates: {
    text: 'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.',
    cite: [{ source: 'europol' }, { source: 'laGaceta' }],
  },
  summary: [STRIKE.summary, ...STRIKE.details],
  roles: [
    { role: 'lead', label: 'Lead' },
    { role: 'support', label: 'Support' },
    { role: 'hub', label: 'Europol (support)' },
  ],
  participants: [
    {
      alpha2: 'ES',
      numeric: '724',
      name: 'Spain',
      roles: ['lead'],
      authority: { text: 'Guardia Civil', cite: [art(11), { source: 'europol' }] },
      actions: [
        {
          text: 'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.',
          cite: [art(11), { source: 'europol' }],
        },
      ],
      caveats: [
        {
          text: 'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.',
          cite: [{ source: 'laGaceta' }],
          unconfirmed: true,
        },
      ],
    },
    {
      alpha2: 'US',
      numeric: '840',
      name: 'United States',
      roles: ['support'],
      authority: null,
      actions: [
        {
          text: 'Europol said the USA supported the strike.',
          cite: [{ source: 'europol' }],
          saidBy: 'Europol',
        },
      ],
      caveats: [],
    },
  ],
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
          text: 'Europol said it supported the strike led by the Guardia Civil.',
          cite: [{ source: 'europol' }],
          saidBy: 'Europol',
        },
      },
    ],
    caveats: [
      {
        text: 'We found no source describing what Europol concretely did in June 2017.',
        cite: [],
        research: true,
      },
    ],
  },
  outlets: [],
  outletsNote: {
    text: 'Europol said the strike targeted part of the news agency’s web assets and infrastructure.',
    cite: [{ source: 'europol' }],
    saidBy: 'Europol',
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
    'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).',
  about: {
    method: [
      'This page tells the June 2017 strike from Europol’s press release of 27 April 2018, which recounts it, read in full in a repost (Europol’s own page was not found); a news report of April 2018, read in a syndicated copy, whose paragraphs are cited as “article ¶N”; and La Gaceta’s report in Spanish of 29 April 2018 on the Guardia Civil case behind it.',
      'La Gaceta’s account is marked as unconfirmed where nothing ties it to the strike Europol dates to June 2017; where the sources are silent, the page says so in a research note.',
      ATTRIBUTION,
    ],
  },
  sources: {},
};
