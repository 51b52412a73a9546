/**
 * The eight participating countries, their roles and what each did, as the
 * report and research/facts.md §2 give them. The roles are Europol's account
 * (report ¶4–5), checked against national sources where there are any. Where
 * no source names the authority that acted, `authority` is null: the panels
 * say so once, as a research note.
 */
import type { Citation, Participant } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

/** The Belgian prosecutor's list of countries where servers were seized (La Libre). */
const PROSECUTOR_SERVERS =
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.';

export const PARTICIPANTS = [
  {
    alpha2: 'BE',
    numeric: '056',
    name: 'Belgium',
    roles: ['lead'],
    authority: { text: 'Belgian Federal Prosecutor’s Office', cite: [art(4), { source: 'europol' }] },
    actions: [
      {
        text: 'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.',
        cite: [art(4), { source: 'europol' }],
        saidBy: 'Europol',
      },
      {
        text: 'In Belgium, the federal judicial police of Ghent took part in the action.',
        cite: [{ source: 'laLibre' }],
      },
      {
        text: 'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).',
        cite: [{ source: 'laLibre' }],
        saidBy: 'federal prosecutor',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'BG',
    numeric: '100',
    name: 'Bulgaria',
    roles: ['evidence'],
    authority: {
      text: 'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry',
      cite: [{ source: 'flashnews' }],
    },
    actions: [
      {
        text: 'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
      {
        text: 'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.',
        cite: [{ source: 'afpTheNews' }, { source: 'flashnews' }],
        saidBy: 'interior ministry',
      },
    ],
    caveats: [
      {
        text: 'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.',
        cite: [art(5), { source: 'afpTheNews' }, { source: 'laLibre' }],
        saidBy: 'Europol',
      },
    ],
  },
  {
    alpha2: 'CA',
    numeric: '124',
    name: 'Canada',
    roles: ['servers'],
    authority: null,
    actions: [
      {
        text: 'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.',
        cite: [art(5), { source: 'globalNews' }],
        saidBy: 'Europol',
      },
      {
        text: 'No arrests were made in Canada, Global News reported.',
        cite: [{ source: 'globalNews' }],
        saidBy: 'Global News',
      },
      {
        text: 'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.',
        cite: [{ source: 'globalNews' }],
        saidBy: 'RCMP',
      },
    ],
    caveats: [{ text: PROSECUTOR_SERVERS, cite: [{ source: 'laLibre' }], saidBy: 'federal prosecutor' }],
  },
  {
    alpha2: 'FR',
    numeric: '250',
    name: 'France',
    roles: ['evidence'],
    authority: null,
    actions: [
      {
        text: 'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
    ],
    caveats: [{ text: PROSECUTOR_SERVERS, cite: [{ source: 'laLibre' }], saidBy: 'federal prosecutor' }],
  },
  {
    alpha2: 'NL',
    numeric: '528',
    name: 'Netherlands',
    roles: ['servers'],
    authority: null,
    actions: [
      {
        text: 'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.',
        cite: [art(5), { source: 'nos' }],
        saidBy: 'Europol',
      },
      {
        text: 'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.',
        cite: [{ source: 'nrc' }],
      },
      {
        text: 'Police would not say whether anyone was arrested, NOS reported.',
        cite: [{ source: 'nos' }],
        saidBy: 'NOS',
      },
    ],
    caveats: [{ text: PROSECUTOR_SERVERS, cite: [{ source: 'laLibre' }], saidBy: 'federal prosecutor' }],
  },
  {
    alpha2: 'RO',
    numeric: '642',
    name: 'Romania',
    roles: ['evidence'],
    authority: null,
    actions: [
      {
        text: 'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
    ],
    caveats: [{ text: PROSECUTOR_SERVERS, cite: [{ source: 'laLibre' }], saidBy: 'federal prosecutor' }],
  },
  {
    alpha2: 'GB',
    numeric: '826',
    name: 'United Kingdom',
    roles: ['registrars'],
    authority: {
      text: 'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command',
      cite: [art(5), { source: 'ctp' }],
    },
    actions: [
      {
        text: 'Europol said the unit identified the top-level domain registrars that Isis had abused.',
        cite: [art(5)],
        saidBy: 'Europol',
      },
      {
        text: 'PA reported that it led the work of identifying and referring web domains abused by the group.',
        cite: [{ source: 'paAol' }],
        saidBy: 'PA',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'US',
    numeric: '840',
    name: 'United States',
    roles: ['servers'],
    authority: null,
    actions: [
      {
        text: 'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
    ],
    caveats: [{ text: PROSECUTOR_SERVERS, cite: [{ source: 'laLibre' }], saidBy: 'federal prosecutor' }],
  },
] as const satisfies readonly Participant[];
