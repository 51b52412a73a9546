/**
 * The 25–26 April 2018 takedown (the default page): one typed object, the
 * only source of content for its page, static map and downloads.
 */
import { ATTACKS, ATTACKS_NOTE } from './attacks.ts';
import { HUB } from './hub.ts';
import { PARTICIPANTS } from './participants.ts';
import { OUTLETS, OUTLETS_NOTE } from './outlets.ts';
import { QUOTES } from './quotes.ts';
import { ROLES } from './roles.ts';
import { tourFor } from './tour.ts';
import type { Citation, Operation } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

const BASE: Omit<Operation, 'tour'> = {
  slug: '2018-04-takedown',
  start: '2018-04-25',
  end: '2018-04-26',
  kicker: 'Europol-coordinated operation · 25–26 April 2018',
  title: 'Eight countries, two days: the takedown of Isis propaganda outlets',
  dek: 'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.',
  dates: {
    text: 'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.',
    cite: [{ source: 'europol' }, { source: 'bbc' }, { source: 'sofiaGlobe' }],
  },
  summary: [
    {
      text: 'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.',
      cite: [art(1), art(4)],
      saidBy: 'Europol',
    },
    {
      text: 'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.',
      cite: [art(3)],
      saidBy: 'Europol',
    },
    {
      text: 'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.',
      cite: [art(4), art(10), { source: 'europol' }],
      saidBy: 'Europol',
    },
    {
      text: 'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.',
      cite: [art(4)],
      saidBy: 'Europol',
    },
    {
      text: 'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.',
      cite: [art(6)],
      saidBy: 'Europol',
    },
  ],
  roles: ROLES,
  participants: PARTICIPANTS,
  hub: HUB,
  outlets: OUTLETS,
  outletsNote: OUTLETS_NOTE,
  quotes: QUOTES,
  strike: {
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
  attacks: ATTACKS,
  attacksNote: ATTACKS_NOTE,
  disagreements: [
    {
      text: 'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.',
      cite: [art(5), { source: 'laLibre' }, { source: 'afpTheNews' }],
      saidBy: 'Europol',
    },
    {
      text: 'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.',
      cite: [{ source: 'romanianReport' }],
      unconfirmed: true,
    },
    {
      text: "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).",
      cite: [{ source: 'straitsTimes' }, { source: 'franceinfo' }],
    },
    {
      text: 'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.',
      cite: [{ source: 'diarioLeon' }, { source: 'europol' }],
      saidBy: 'interior ministry',
    },
    {
      text: 'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).',
      cite: [{ source: 'salamplan' }],
      unconfirmed: true,
    },
  ],
  aftermath: [
    {
      text: 'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.',
      cite: [{ source: 'apHamilton' }],
      saidBy: 'AP',
    },
    {
      text: 'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.',
      cite: [{ source: 'euronews' }],
      saidBy: 'Charlie Winter',
    },
    {
      text: 'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.',
      cite: [{ source: 'rtl' }],
      saidBy: 'Wassim Nasr',
    },
  ],
  context: [
    {
      text: 'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.',
      cite: [{ source: 'xinhua' }],
    },
    {
      text: 'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.',
      cite: [{ source: 'hurriyet' }, { source: 'europolTelegram' }],
    },
  ],
  credit:
    'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).',
  sources: {},
};

export const OPERATION: Operation = { ...BASE, tour: tourFor(BASE) };

/** The guided tour of OPERATION. */
export const TOUR = OPERATION.tour;
