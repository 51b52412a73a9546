/**
 * 21–24 November 2019: Europol and Eurojust's action against IS online, led
 * by the Belgian judiciary, joined by 12 member states and 9 online service
 * providers (facts.md §4). Sources name only two of the twelve: Belgium
 * (lead) and Spain (an arrest); the page says so. Facts outside facts.md
 * keep their passage beside the citation.
 */
import { ATTRIBUTION } from '../../about.ts';
import type { Operation } from '../../types.ts';
import { SOURCES } from './sources.ts';

const ED = { source: 'europeDiplomatic' } as const;

export const OPERATION: Operation = {
  slug: '2019-11-telegram',
  start: '2019-11-21',
  end: '2019-11-24',
  kicker: 'Europol and Eurojust · 21–24 November 2019',
  title: 'Twelve member states, led by Belgium, against Isis online',
  dek: 'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.',
  dates: {
    text: 'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.',
    cite: [ED, { source: 'europolTelegram' }],
  },
  summary: [
    {
      text: 'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.',
      cite: [ED, { source: 'hurriyet' }],
      saidBy: 'Europol',
    },
    {
      text: 'It led to the referral of more than 26,000 items of IS-supporting content.',
      cite: [
        {
          source: 'europeDiplomatic',
          passage: 'It led to the referral of a total of over 26 000 items of IS-supporting content.',
        },
      ],
    },
    {
      text: 'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.',
      cite: [],
      research: true,
    },
  ],
  roles: [
    { role: 'lead', label: 'Lead' },
    { role: 'arrest', label: 'Arrest made' },
    { role: 'hub', label: 'Coordination hub' },
  ],
  participants: [
    {
      alpha2: 'BE',
      numeric: '056',
      name: 'Belgium',
      roles: ['lead'],
      authority: {
        text: 'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders',
        cite: [ED, { source: 'hurriyet' }],
      },
      actions: [
        {
          text: 'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.',
          cite: [ED, { source: 'hurriyet' }],
        },
        {
          text: 'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.',
          cite: [
            {
              source: 'politieBe',
              passage:
                'Sinds 21 november 2019 loopt een internationale actie om de IS-propagandamachine stil te leggen. België heeft hierin de leiding en werkt samen met verschillende andere landen, Europol en Eurojust.',
            },
          ],
          saidBy: 'Belgian federal police',
        },
      ],
      caveats: [],
    },
    {
      alpha2: 'ES',
      numeric: '724',
      name: 'Spain',
      roles: ['arrest'],
      authority: {
        text: 'Guardia Civil',
        cite: [
          {
            source: 'europeDiplomatic',
            passage:
              'Within this operation the Guardia Civil carried out an arrest in Spain of an individual suspected of being part of the core disseminators of IS terrorist propaganda online.',
          },
        ],
      },
      actions: [
        {
          text: 'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.',
          cite: [
            {
              source: 'europeDiplomatic',
              passage:
                'Within this operation the Guardia Civil carried out an arrest in Spain of an individual suspected of being part of the core disseminators of IS terrorist propaganda online.',
            },
            {
              source: 'france3',
              passage:
                "L'opération, qui s'est déroulée entre le 21 et le 24 novembre, a également permis l'arrestation par la police espagnole aux îles Canaries d'un homme soupçonné de faire partie des \"principaux diffuseurs\" de la propagande en ligne de l'EI.",
            },
          ],
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
      'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building',
    bodies: [
      {
        name: 'EU Internet Referral Unit (EU IRU)',
        what: {
          text: 'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.',
          cite: [{ source: 'europolTelegram' }],
          saidBy: 'Europol',
        },
      },
      {
        name: 'Eurojust',
        what: { text: 'Supported the referral action.', cite: [ED] },
      },
    ],
    caveats: [
      {
        text: 'We found no source that describes what Eurojust concretely did in November 2019.',
        cite: [],
        research: true,
      },
    ],
  },
  outlets: [],
  outletsNote: {
    text: 'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.',
    cite: [{ source: 'hurriyet' }],
    saidBy: 'Europol',
  },
  quotes: [],
  strike: {
    id: '2019-11',
    kind: 'strike',
    label: '21–24 November 2019',
    leadName: 'Belgium (Federal Prosecutor’s Office)',
    summary: {
      text: 'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.',
      cite: [ED, { source: 'hurriyet' }],
    },
    details: [],
  },
  tour: [],
  attacks: [],
  attacksNote: [],
  disagreements: [
    {
      text: 'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.',
      cite: [
        ED,
        {
          source: 'nuNl',
          passage:
            'De actie werd uitgevoerd door elf landen uit de Europese Unie onder leiding van België, maakt Europol-hoofd Catherine De Bolle maandag bekend op het hoofdkantoor van de Europese politieorganisatie in Den Haag.',
        },
      ],
    },
  ],
  aftermath: [],
  context: [
    {
      text: 'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.',
      cite: [{ source: 'hurriyet' }],
      saidBy: 'Anadolu',
    },
  ],
  credit:
    'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).',
  about: {
    method: [
      'This page tells the action of 21–24 November 2019 from Europol’s release on it and from the reports that followed: Europe Diplomatic, Hürriyet Daily News (Anadolu), the Belgian federal police’s press release in Dutch, NU.nl in Dutch and France 3 Hauts-de-France (AFP) in French.',
      'Each fact names its sources; where the sources are silent, the page says so in a research note.',
      ATTRIBUTION,
    ],
  },
  sources: SOURCES,
};
