/** Outlets, quotes and the wider campaign: report ¶2–12 and facts.md §4–8. */
import type { Citation, Fact, Outlet, Quote, Strike } from './types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

export const QUOTES: readonly Quote[] = [
  {
    text: 'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,',
    speaker: 'Rob Wainwright',
    title: 'executive director of the European police agency',
    cite: [art(2)],
  },
  {
    text: 'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.',
    speaker: 'Julian King',
    title: 'European Commissioner for the Security Union',
    cite: [art(12), { source: 'lawSocieties' }],
  },
];

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'amaq',
    name: 'Amaq',
    spellings: ['Amaq', 'Aamaq', 'A’maq'],
    what: [
      {
        text: 'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.',
        cite: [art(3), art(7)],
        saidBy: 'Europol',
      },
      {
        text: 'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.',
        cite: [art(7), { source: 'paAol' }],
        saidBy: 'Europol',
      },
      {
        text: 'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.',
        cite: [{ source: 'wikiAmaq' }],
        saidBy: 'Wikipedia',
      },
    ],
  },
  {
    id: 'bayan',
    name: 'Bayan radio',
    spellings: ['al-Bayan', 'Bayan'],
    what: [
      {
        text: 'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.',
        cite: [{ source: 'wikiBayan' }],
      },
      {
        text: 'An Iraqi airstrike took the Mosul station off air on 25 February 2017.',
        cite: [{ source: 'diyaruna' }],
      },
    ],
  },
  {
    id: 'halumu',
    name: 'Halumu',
    spellings: ['Halumu', 'Halummu', 'Helumu'],
    what: [
      {
        text: 'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.',
        cite: [{ source: 'halummu' }],
        unconfirmed: true,
      },
      { text: 'We found no description of Halumu from 2018.', cite: [], research: true },
    ],
  },
  {
    id: 'nashir',
    name: 'Nashir news',
    spellings: ['Nashir', 'Nasher'],
    what: [
      {
        text: 'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.',
        cite: [{ source: 'bbcNashir' }],
      },
      {
        text: 'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.',
        cite: [{ source: 'memri' }],
        saidBy: 'MEMRI',
      },
    ],
  },
];

export const OUTLETS_NOTE: Fact = {
  text: 'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.',
  cite: [art(9)],
  saidBy: 'Europol',
};

export const STRIKES: readonly Strike[] = [
  {
    id: '2015-12',
    kind: 'alert',
    label: 'End of 2015 (alert)',
    leadName: null,
    summary: {
      text: 'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.',
      cite: [{ source: 'europol' }],
      saidBy: 'Europol',
    },
    details: [],
  },
  {
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
  },
  {
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
    countries: [
      { alpha2: 'ES', numeric: '724', name: 'Spain', role: 'lead', cite: [art(11), { source: 'europol' }] },
      { alpha2: 'US', numeric: '840', name: 'United States', role: 'support', cite: [{ source: 'europol' }] },
    ],
  },
  {
    id: '2018-04',
    kind: 'strike',
    label: '25–26 April 2018',
    leadName: 'Belgium (Federal Prosecutor’s Office)',
    summary: {
      text: 'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.',
      cite: [art(1), art(3), art(10), { source: 'europol' }],
      saidBy: 'Europol',
    },
    details: [
      {
        text: 'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.',
        cite: [{ source: 'franceinfo' }],
        saidBy: 'Europol official',
      },
    ],
  },
];
