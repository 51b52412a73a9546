/**
 * The guided tour: eight steps through the story, each with cited text, the
 * selection, strike and legend filter it sets, and the map keys it frames.
 * Facts already written elsewhere in the data module are reused, not retyped.
 */
import { OUTLETS_NOTE } from './outlets.ts';
import type { Citation, NamedKey, Operation, TourStep } from '../../types.ts';

const art = (paragraph: number): Citation => ({ source: 'article', paragraph });

/** Every participant plus the hub: the whole two-part view. */
const ALL: readonly NamedKey[] = ['hub', 'BE', 'BG', 'CA', 'FR', 'NL', 'RO', 'GB', 'US'];

/** The tour for an operation (its last step retells the operation's aftermath and disagreements). */
export const tourFor = (op: Pick<Operation, 'aftermath' | 'disagreements'>): readonly TourStep[] => [
  {
    title: 'Coordinated from The Hague',
    select: 'hub',
    strike: '2018-04',
    filter: null,
    frame: ALL,
    text: [
      {
        text: 'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.',
        cite: [art(10)],
      },
      {
        text: 'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.',
        cite: [{ source: 'europol' }],
        saidBy: 'Europol',
      },
      {
        text: 'We found no source that describes what Eurojust concretely did in April 2018.',
        cite: [],
        research: true,
      },
    ],
  },
  {
    title: 'Belgium led',
    select: 'BE',
    strike: '2018-04',
    filter: 'lead',
    frame: ['BE', 'NL', 'hub'],
    text: [
      {
        text: 'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.',
        cite: [art(4), { source: 'europol' }],
        saidBy: 'Europol',
      },
      {
        text: 'In Belgium, the federal judicial police of Ghent took part in the action.',
        cite: [{ source: 'laLibre' }],
      },
    ],
  },
  {
    title: 'Evidence: France, Romania, Bulgaria',
    select: null,
    strike: '2018-04',
    filter: 'evidence',
    frame: ['FR', 'RO', 'BG'],
    text: [
      {
        text: 'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
      {
        text: 'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.',
        cite: [{ source: 'afpTheNews' }],
        saidBy: 'interior ministry',
      },
      {
        text: 'We found no source naming the French or Romanian service that acted.',
        cite: [],
        research: true,
      },
    ],
  },
  {
    title: 'Servers: the Netherlands, the US, Canada',
    select: null,
    strike: '2018-04',
    filter: 'servers',
    frame: ['NL', 'US', 'CA'],
    text: [
      {
        text: 'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.',
        cite: [art(5), { source: 'guardian' }],
        saidBy: 'Europol',
      },
      {
        text: 'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.',
        cite: [{ source: 'nrc' }, { source: 'globalNews' }],
      },
      {
        text: 'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.',
        cite: [{ source: 'laLibre' }],
        saidBy: 'federal prosecutor',
      },
    ],
  },
  {
    title: 'Registrars: the United Kingdom',
    select: 'GB',
    strike: '2018-04',
    filter: 'registrars',
    frame: ['GB'],
    text: [
      {
        text: 'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.',
        cite: [art(5)],
        saidBy: 'Europol',
      },
      {
        text: 'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.',
        cite: [{ source: 'ctp' }, { source: 'paAol' }],
        saidBy: 'PA',
      },
    ],
  },
  {
    title: 'Two strikes before, after an alert',
    select: null,
    strike: '2018-04',
    filter: null,
    frame: ALL,
    text: [
      {
        text: 'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.',
        cite: [{ source: 'europol' }],
        saidBy: 'Europol',
      },
      {
        text: 'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.',
        cite: [art(10), { source: 'europol' }],
      },
      {
        text: 'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.',
        cite: [art(11), { source: 'europol' }],
      },
    ],
  },
  {
    title: 'The outlets',
    select: 'outlets',
    strike: '2018-04',
    filter: null,
    frame: ALL,
    text: [
      {
        text: 'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.',
        cite: [art(3)],
        saidBy: 'Europol',
      },
      OUTLETS_NOTE,
    ],
  },
  {
    title: 'Afterwards, and where sources disagree',
    select: null,
    strike: '2018-04',
    filter: null,
    frame: ALL,
    text: [...op.aftermath, ...op.disagreements],
  },
];
