/**
 * The campaign timeline's one entry that is not an operation: Europol's alert
 * to member states at the end of 2015 (facts.md §4). The operations' own
 * entries come from their folders (`strike`).
 */
import type { Strike } from './types.ts';

export const ALERT: Strike = {
  id: '2015-12',
  kind: 'alert',
  label: 'End of 2015 (alert)',
  leadName: null,
  summary: {
    text: 'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.',
    cite: [{ source: 'europol' }],
    saidBy: 'Europol',
  },
  details: [],
};
