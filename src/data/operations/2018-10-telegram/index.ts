/**
 * 3 October 2018: the EU IRU's 11th Referral Action Day, against terrorist
 * content on Telegram, with six national referral units (facts.md §4; the
 * other passages of Europol's release are kept beside their citations).
 * An all-European operation: one frame, no inset.
 */
import { ATTRIBUTION } from '../../about.ts';
import type { Operation } from '../../types.ts';
import { PARTICIPANTS } from './participants.ts';
import { SOURCES } from './sources.ts';

const RELEASE = { source: 'europolRad2018' } as const;

export const OPERATION: Operation = {
  slug: '2018-10-telegram',
  start: '2018-10-03',
  end: '2018-10-03',
  kicker: 'Referral Action Day · 3 October 2018',
  title: 'Six referral units and Europol against terrorist content on Telegram',
  dek: 'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.',
  dates: {
    text: 'Wednesday 3 October 2018; Europol announced it on 5 October.',
    cite: [RELEASE],
  },
  summary: [
    {
      text: 'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.',
      cite: [RELEASE],
      saidBy: 'Europol',
    },
    {
      text: 'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.',
      cite: [
        {
          source: 'europolRad2018',
          passage:
            'This coordinated action against online terrorist propaganda focused mainly on the online production of terrorist material by the Islamic State (IS) and al-Qaeda affiliated media outlets.',
        },
      ],
      saidBy: 'Europol',
    },
    {
      text: 'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.',
      cite: [
        {
          source: 'europolRad2018',
          passage:
            'The findings were shared with Telegram, which attended part of the event, to allow them review the detected content disseminated online by terrorist groups.',
        },
        {
          source: 'europolRad2018',
          passage:
            'The final removal of the referred material is a voluntary activity by the concerned social media platforms, taking into consideration their own terms and conditions.',
        },
      ],
      saidBy: 'Europol',
    },
  ],
  roles: [
    { role: 'referral', label: 'National referral unit' },
    { role: 'hub', label: 'Host: Europol’s EU IRU' },
  ],
  participants: PARTICIPANTS,
  hub: {
    name: 'The Hague',
    role: 'hub',
    lngLat: [4.2835, 52.093],
    lngLatCite: [{ source: 'worldForum' }],
    marks:
      'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself',
    bodies: [
      {
        name: 'EU Internet Referral Unit (EU IRU)',
        what: {
          text: 'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.',
          cite: [
            RELEASE,
            {
              source: 'europolRad2018',
              passage:
                'The intensive referral campaign was hosted at Europol’s headquarters in The Hague and targeted content published by terrorist groups and terrorist sympathisers, aiming at radicalising, recruiting and propagating terrorist activities.',
            },
          ],
          saidBy: 'Europol',
        },
      },
    ],
    caveats: [
      {
        text: 'We found no source giving how much content was removed after the action.',
        cite: [],
        research: true,
      },
    ],
  },
  outlets: [],
  outletsNote: {
    text: 'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.',
    cite: [
      {
        source: 'europolRad2018',
        passage:
          'The intensive referral campaign was hosted at Europol’s headquarters in The Hague and targeted content published by terrorist groups and terrorist sympathisers, aiming at radicalising, recruiting and propagating terrorist activities.',
      },
    ],
    saidBy: 'Europol',
  },
  quotes: [],
  strike: {
    id: '2018-10',
    kind: 'strike',
    label: '3 October 2018',
    leadName: null,
    summary: {
      text: 'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.',
      cite: [RELEASE],
      saidBy: 'Europol',
    },
    details: [
      {
        text: 'Europol’s release names no lead country.',
        cite: [],
        research: true,
      },
    ],
  },
  tour: [],
  attacks: [],
  attacksNote: [],
  disagreements: [],
  aftermath: [],
  context: [],
  credit: 'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).',
  about: {
    method: [
      'This page tells the Referral Action Day of 3 October 2018 from one source: Europol’s press release of 5 October 2018.',
      'What the page says is Europol’s account; where the release is silent, the page says so in a research note.',
      ATTRIBUTION,
    ],
  },
  sources: SOURCES,
};
