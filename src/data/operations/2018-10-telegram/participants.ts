/**
 * The six national referral units Europol's release names (facts.md §4). The
 * release names the units, not what each did; the panels say so.
 */
import type { Citation, Participant } from '../../types.ts';

const RELEASE: Citation = { source: 'europolRad2018' };

export const PARTICIPANTS: readonly Participant[] = [
  {
    alpha2: 'BE',
    numeric: '056',
    name: 'Belgium',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'FR',
    numeric: '250',
    name: 'France',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'DE',
    numeric: '276',
    name: 'Germany',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'IT',
    numeric: '380',
    name: 'Italy',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'NL',
    numeric: '528',
    name: 'Netherlands',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
  {
    alpha2: 'GB',
    numeric: '826',
    name: 'United Kingdom',
    roles: ['referral'],
    authority: { text: 'National referral unit', cite: [RELEASE] },
    actions: [
      {
        text: 'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.',
        cite: [RELEASE],
        saidBy: 'Europol',
      },
    ],
    caveats: [],
  },
];
