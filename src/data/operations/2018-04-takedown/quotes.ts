/** The quotes: report ¶2 and ¶12, titles checked in facts.md §7. */
import type { Citation, Quote } from '../../types.ts';

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
