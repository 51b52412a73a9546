/** What the panels say about any operation's participant besides its facts. */
import type { Fact, Participant, ResearchNote } from './types.ts';

/** Shown once, in place of an authority, where no source names the agency that acted. */
export const AUTHORITY_NOT_NAMED: ResearchNote = {
  text: 'We found no source naming the agency that acted.',
  cite: [],
  research: true,
};

/** Everything a reader should weigh about a participant: the missing authority, then where sources differ. */
export const participantNotes = (p: Pick<Participant, 'authority' | 'caveats'>): readonly Fact[] => [
  ...(p.authority ? [] : [AUTHORITY_NOT_NAMED]),
  ...p.caveats,
];
