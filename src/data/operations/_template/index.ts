/**
 * TEMPLATE for a new operation: copy this folder to
 * src/data/operations/<yyyy-mm-words>/ and replace every "Replace:" text
 * (README, "Add an operation"). Folders starting with "_" are not published.
 * Every fact cites a source; a fact that is not in research/facts.md keeps
 * the exact passage of its page beside its citation (`passage`).
 * Translations (optional, English otherwise): translations/<lang>.ts for fr,
 * nl, de, ro, bg, each `export const CONTENT: ContentMap` keyed by the English
 * texts of this folder (see ../2018-10-telegram/translations/).
 */
import type { Operation } from '../../types.ts';
import { PARTICIPANTS } from './participants.ts';
import { ROLES } from './roles.ts';
import { SOURCES } from './sources.ts';

const PAGE = { source: 'templatePage' } as const;

export const OPERATION: Operation = {
  slug: '2099-01-template',
  start: '2099-01-01',
  end: '2099-01-02',
  kicker: 'Replace: kind of action · dates',
  title: 'Replace: the headline of the operation',
  dek: 'Replace: one or two sentences saying who did what, when, and who says so.',
  dates: { text: 'Replace: the dates, as the sources give them.', cite: [PAGE] },
  summary: [
    { text: 'Replace: what happened, attributed ("Europol said…").', cite: [PAGE], saidBy: 'Europol' },
  ],
  roles: ROLES,
  participants: PARTICIPANTS,
  hub: {
    name: 'The Hague',
    role: 'hub',
    lngLat: [4.2835, 52.093],
    lngLatCite: [{ source: 'worldForum' }],
    marks:
      'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself',
    bodies: [{ name: 'Europol', what: { text: 'Replace: what Europol did.', cite: [PAGE] } }],
    caveats: [{ text: 'Replace: what we could not find ("We found no source…").', cite: [], research: true }],
  },
  outlets: [],
  outletsNote: { text: 'Replace: what the operation targeted.', cite: [PAGE] },
  quotes: [],
  strike: {
    id: '2099-01',
    kind: 'strike',
    label: 'Replace: short date label',
    leadName: null,
    summary: { text: 'Replace: the operation in one sentence, for the campaign timeline.', cite: [PAGE] },
    details: [],
  },
  tour: [],
  attacks: [],
  attacksNote: [],
  disagreements: [],
  aftermath: [],
  context: [],
  credit: 'Replace: Sources: … Map: Natural Earth (public domain).',
  sources: SOURCES,
};
