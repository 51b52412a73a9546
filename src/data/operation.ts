/**
 * The operation as one typed object: the only source of content for the app,
 * the static map and the data downloads.
 */
import { ATTACKS, ATTACKS_NOTE } from './attacks.ts';
import { HUB } from './hub.ts';
import { PARTICIPANTS } from './participants.ts';
import { OUTLETS, OUTLETS_NOTE, QUOTES, STRIKES } from './story.ts';
import { tourFor } from './tour.ts';
import type { Citation, Operation } from './types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

const BASE: Omit<Operation, 'tour'> = {
  kicker: 'Europol-coordinated operation · 25–26 April 2018',
  title: 'Eight countries, two days: the takedown of Isis propaganda outlets',
  dek: 'On 25–26 April 2018 police in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets.',
  dates: {
    text: 'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.',
    cite: [{ source: 'europol' }, { source: 'bbc' }, { source: 'sofiaGlobe' }],
  },
  summary: [
    { text: 'European and US law enforcement teams disabled key communications channels of the Islamic State group in a coordinated operation involving agencies in eight countries.', cite: [art(1)] },
    { text: 'The two-day, simultaneous takedown targeted Amaq, the group’s news agency, and lesser channels: Bayan radio, Halumu and Nashir news.', cite: [art(3)] },
    { text: 'It was coordinated from Europol’s headquarters in The Hague, backed by Eurojust, and led by Belgian prosecutors.', cite: [art(4), art(10), { source: 'europol' }] },
    { text: 'The aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.', cite: [art(4)] },
    { text: 'Police expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.', cite: [art(6)] },
  ],
  participants: PARTICIPANTS,
  hub: HUB,
  outlets: OUTLETS,
  outletsNote: OUTLETS_NOTE,
  quotes: QUOTES,
  strikes: STRIKES,
  attacks: ATTACKS,
  attacksNote: ATTACKS_NOTE,
  disagreements: [
    { text: 'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian prosecutor says servers were seized and shut down in all six; Bulgaria’s ministry says four servers were blocked.', cite: [art(5), { source: 'laLibreProsecutor' }, { source: 'afpTheNews' }] },
    { text: 'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.', cite: [{ source: 'diarioLeon' }, { source: 'europol' }] },
  ],
  aftermath: [
    { text: 'The effect looked short-lived: AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.', cite: [{ source: 'apHamilton' }] },
  ],
  credit: 'Sources: news report, April 2018; Europol; public reports cited in each panel. Map: Natural Earth (public domain).',
};

export const OPERATION: Operation = { ...BASE, tour: tourFor(BASE) };

/** The guided tour of OPERATION. */
export const TOUR = OPERATION.tour;
