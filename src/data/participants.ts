/**
 * The eight participating countries, their roles and what each did, as the
 * report and research/facts.md §2 give them. Where no source names the
 * authority that acted, `authority` is null and a caveat says so.
 */
import type { Citation, Participant } from './types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

export const PARTICIPANTS = [
  {
    alpha2: 'BE', numeric: '056', name: 'Belgium', roles: ['lead'],
    authority: { text: 'Belgian Federal Prosecutor’s Office', cite: [art(4), { source: 'europol' }] },
    actions: [
      { text: 'Led the operation; Belgian prosecutors directed the two-day action.', cite: [art(4), { source: 'europol' }] },
      { text: 'The federal judicial police in Ghent took part in the action in Belgium.', cite: [{ source: 'laLibreGhent' }] },
      { text: 'The prosecutor’s stated aim: to badly destabilise the group’s propaganda apparatus and to identify and arrest the administrators of its servers.', cite: [{ source: 'laLibreGhent' }] },
    ],
    caveats: [],
  },
  {
    alpha2: 'BG', numeric: '100', name: 'Bulgaria', roles: ['evidence'],
    authority: { text: 'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry', cite: [{ source: 'flashnews' }] },
    actions: [
      { text: 'Bulgarian police secured quantities of digital evidence.', cite: [art(5), { source: 'guardian' }] },
      { text: 'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.', cite: [{ source: 'afpTheNews' }, { source: 'flashnews' }] },
    ],
    caveats: [
      { text: 'Europol lists Bulgaria for digital evidence; Bulgaria’s ministry speaks of four servers blocked, and the Belgian prosecutor of servers seized and shut down there.', cite: [art(5), { source: 'afpTheNews' }, { source: 'laLibreProsecutor' }] },
    ],
  },
  {
    alpha2: 'CA', numeric: '124', name: 'Canada', roles: ['servers'],
    authority: null,
    actions: [
      { text: 'Law enforcement officers captured Isis servers in Canada.', cite: [art(5), { source: 'globalNews' }] },
      { text: 'No arrests were made in Canada.', cite: [{ source: 'globalNews' }] },
    ],
    caveats: [
      { text: 'No source names the Canadian agency that acted; the RCMP only declined to comment on an ongoing operation.', cite: [{ source: 'globalNews' }], unconfirmed: true },
    ],
  },
  {
    alpha2: 'FR', numeric: '250', name: 'France', roles: ['evidence'],
    authority: null,
    actions: [{ text: 'French police secured quantities of digital evidence.', cite: [art(5), { source: 'guardian' }] }],
    caveats: [
      { text: 'Which French service took part is not named in any source found.', cite: [{ source: 'guardian' }], unconfirmed: true },
      { text: 'The Belgian prosecutor said servers were also seized and shut down in France.', cite: [{ source: 'laLibreProsecutor' }] },
    ],
  },
  {
    alpha2: 'NL', numeric: '528', name: 'Netherlands', roles: ['servers'],
    authority: null,
    actions: [
      { text: 'Officers in the Netherlands captured Isis servers, among them servers of Amaq.', cite: [art(5), { source: 'nos' }] },
      { text: 'Dutch justice authorities confirmed that servers were taken offline, without giving places or numbers.', cite: [{ source: 'nrc' }] },
    ],
    caveats: [
      { text: 'Which Dutch police unit acted is not named; only “justice authorities” confirmed the action.', cite: [{ source: 'nrc' }], unconfirmed: true },
    ],
  },
  {
    alpha2: 'RO', numeric: '642', name: 'Romania', roles: ['evidence'],
    authority: null,
    actions: [{ text: 'Romanian police secured quantities of digital evidence.', cite: [art(5), { source: 'guardian' }] }],
    caveats: [
      { text: 'Which Romanian agency acted is not named in any source found.', cite: [{ source: 'guardian' }], unconfirmed: true },
      { text: 'The Belgian prosecutor said servers were also seized and shut down in Romania.', cite: [{ source: 'laLibreProsecutor' }] },
    ],
  },
  {
    alpha2: 'GB', numeric: '826', name: 'United Kingdom', roles: ['registrars'],
    authority: { text: 'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command', cite: [art(5), { source: 'ctp' }] },
    actions: [
      { text: 'Identified the top-level domain registrars that Isis had abused.', cite: [art(5)] },
      { text: 'Led the work of identifying and referring web domains abused by the group.', cite: [{ source: 'paAol' }] },
    ],
    caveats: [],
  },
  {
    alpha2: 'US', numeric: '840', name: 'United States', roles: ['servers'],
    authority: null,
    actions: [{ text: 'Law enforcement officers captured Isis servers in the US.', cite: [art(5), { source: 'sky' }] }],
    caveats: [
      { text: 'No source found names the US agency that took part in April 2018.', cite: [{ source: 'sky' }], unconfirmed: true },
      { text: 'The Belgian prosecutor said servers were seized and shut down in the US as well.', cite: [{ source: 'laLibreProsecutor' }] },
    ],
  },
] as const satisfies readonly Participant[];
