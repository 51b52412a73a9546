/**
 * The guided tour: eight steps through the story, each with cited text, the
 * selection, strike and legend filter it sets, and the map keys it frames.
 * Facts already written elsewhere in the data module are reused, not retyped.
 */
import { OUTLETS_NOTE } from './story.ts';
import type { Citation, NamedKey, Operation, TourStep } from './types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

/** Every participant plus the hub: the whole two-part view. */
const ALL: readonly NamedKey[] = ['hub', 'BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];

/** The tour for an operation (its last step retells the operation's aftermath and disagreements). */
export const tourFor = (op: Pick<Operation, 'aftermath' | 'disagreements'>): readonly TourStep[] => [
  {
    title: 'Coordinated from The Hague',
    select: 'hub', strike: '2018-04', filter: null, frame: ALL,
    text: [
      { text: 'The two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.', cite: [art(10)] },
      { text: 'Inside Europol, the EU Internet Referral Unit of the European Counter Terrorism Centre coordinated it.', cite: [{ source: 'europol' }] },
      { text: 'What Eurojust concretely did in April 2018 is not described in any source found.', cite: [{ source: 'dw' }], unconfirmed: true },
    ],
  },
  {
    title: 'Belgium led',
    select: 'BE', strike: '2018-04', filter: 'lead', frame: ['BE', 'NL', 'hub'],
    text: [
      { text: 'Belgian prosecutors led the operation; Europol names the Belgian Federal Prosecutor’s Office.', cite: [art(4), { source: 'europol' }] },
      { text: 'In Belgium, the federal judicial police of Ghent took part in the action.', cite: [{ source: 'laLibreGhent' }] },
    ],
  },
  {
    title: 'Evidence: France, Romania, Bulgaria',
    select: null, strike: '2018-04', filter: 'evidence', frame: ['FR', 'RO', 'BG'],
    text: [
      { text: 'French, Romanian and Bulgarian police secured quantities of digital evidence.', cite: [art(5)] },
      { text: 'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.', cite: [{ source: 'afpTheNews' }] },
      { text: 'No source found names the French or Romanian service that acted.', cite: [{ source: 'guardian' }], unconfirmed: true },
    ],
  },
  {
    title: 'Servers: the Netherlands, the US, Canada',
    select: null, strike: '2018-04', filter: 'servers', frame: ['NL', 'US', 'CA'],
    text: [
      { text: 'Law enforcement officers in the Netherlands, the US and Canada captured Isis servers.', cite: [art(5)] },
      { text: 'Dutch justice authorities confirmed servers were taken offline; no arrests were made in Canada.', cite: [{ source: 'nrc' }, { source: 'globalNews' }] },
      { text: 'The Belgian prosecutor went further: servers were seized and shut down in all six countries.', cite: [{ source: 'laLibreProsecutor' }] },
    ],
  },
  {
    title: 'Registrars: the United Kingdom',
    select: 'GB', strike: '2018-04', filter: 'registrars', frame: ['GB'],
    text: [
      { text: 'Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.', cite: [art(5)] },
      { text: 'The unit sits in the Metropolitan Police’s Counter Terrorism Command and led the referral of abused web domains.', cite: [{ source: 'ctp' }, { source: 'paAol' }] },
    ],
  },
  {
    title: 'Two strikes before',
    select: null, strike: '2017-06', filter: null, frame: ['ES', 'US', 'hub'],
    text: [
      { text: 'April 2018 was the third strike since 2016, when Amaq’s app and web assets were first targeted; no source names a lead country for that first takedown.', cite: [art(10), { source: 'europol' }] },
      { text: 'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.', cite: [art(11), { source: 'europol' }] },
    ],
  },
  {
    title: 'The outlets',
    select: 'outlets', strike: '2018-04', filter: null, frame: ALL,
    text: [
      { text: 'The takedown targeted Amaq, the group’s news agency, and lesser channels: Bayan radio, Halumu and Nashir news.', cite: [art(3)] },
      OUTLETS_NOTE,
    ],
  },
  {
    title: 'Afterwards, and where sources disagree',
    select: null, strike: '2018-04', filter: null, frame: ALL,
    text: [...op.aftermath, ...op.disagreements],
  },
];
