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
    title: 'Britain’s EU security commissioner',
    cite: [art(12)],
  },
];

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'amaq', name: 'Amaq', spellings: ['Amaq', 'Aamaq', 'A’maq'],
    what: [
      { text: 'The news agency Isis used to broadcast claims of attacks and spread its message; Europol called it the group’s main mouthpiece.', cite: [art(3), art(7)] },
      { text: 'Officially endorsed by the group in July 2017 and its primary source of information on its activities worldwide.', cite: [art(7), { source: 'paAol' }] },
      { text: 'First noticed during the siege of Kobanî in 2014; often the first place claims of responsibility appear.', cite: [{ source: 'wikiAmaq' }] },
    ],
  },
  {
    id: 'bayan', name: 'Bayan radio', spellings: ['al-Bayan', 'Bayan'],
    what: [
      { text: 'Isis’s official radio station, once on 92.5 FM in Mosul.', cite: [{ source: 'wikiBayan' }] },
      { text: 'An Iraqi airstrike took the Mosul station off air on 25 February 2017.', cite: [{ source: 'diyaruna' }] },
    ],
  },
  {
    id: 'halumu', name: 'Halumu', spellings: ['Halumu', 'Halummu', 'Helumu'],
    what: [
      { text: 'Described in sources from 2022 onwards as a pro-Isis translation and distribution network; what it was in April 2018 is not confirmed.', cite: [{ source: 'halummu' }], unconfirmed: true },
    ],
  },
  {
    id: 'nashir', name: 'Nashir news', spellings: ['Nashir', 'Nasher'],
    what: [
      { text: 'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.', cite: [{ source: 'bbcNashir' }] },
      { text: 'By 2017 the main poster of Isis content on Telegram, running dozens of channels.', cite: [{ source: 'memri' }] },
    ],
  },
];

export const OUTLETS_NOTE: Fact = {
  text: 'At the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.',
  cite: [art(9)],
};

export const STRIKES: readonly Strike[] = [
  {
    id: '2015-12', label: 'End of 2015', leadName: null,
    summary: { text: 'Europol alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.', cite: [{ source: 'europol' }] },
    details: [],
  },
  {
    id: '2016-08', label: 'August 2016', leadName: null,
    summary: { text: 'First takedown, against Amaq’s mobile app and web infrastructure, with contributions from EU and non-EU countries. No source names a lead country.', cite: [art(10), { source: 'europol' }] },
    details: [{ text: 'It pushed the propagandists to build a more complex, more secure infrastructure.', cite: [{ source: 'europol' }] }],
  },
  {
    id: '2017-06', label: 'June 2017', leadName: 'Spain (Guardia Civil)',
    summary: { text: 'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.', cite: [art(11), { source: 'europol' }] },
    details: [
      { text: 'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.', cite: [art(11), { source: 'europol' }] },
      { text: 'Spanish press dates a key arrest to 4 July 2017; that it is the same event as Europol’s “June 2017” is not confirmed.', cite: [{ source: 'laGaceta' }], unconfirmed: true },
    ],
    countries: [
      { alpha2: 'ES', numeric: '724', name: 'Spain', role: 'lead', cite: [art(11), { source: 'europol' }] },
      { alpha2: 'US', numeric: '840', name: 'United States', role: 'support', cite: [{ source: 'europol' }] },
    ],
  },
  {
    id: '2018-04', label: '25–26 April 2018', leadName: 'Belgium (Federal Prosecutor’s Office)',
    summary: { text: 'Third strike: a simultaneous, multinational takedown in eight countries, coordinated from The Hague.', cite: [art(3), art(10), { source: 'europol' }] },
    details: [],
  },
];
