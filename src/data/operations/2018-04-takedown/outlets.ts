/** The outlets targeted: report ¶3, ¶7, ¶9 and facts.md §6. */
import type { Citation, Fact, Outlet } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

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
