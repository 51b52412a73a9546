/**
 * participants.csv: one row per participant, RFC 4180 quoting, CRLF line
 * ends, UTF-8, with a header. Pure.
 */
import { participantNotes } from '../participant-notes.ts';
import type { Operation } from '../types.ts';
import { citesText, factsText } from './cite-text.ts';

export const CSV_COLUMNS = [
  'code',
  'numeric',
  'name',
  'roles',
  'authority',
  'action',
  'caveats',
  'citations',
] as const;

/** A field, quoted when it holds a comma, a quote or a line break. */
export const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function toCsv(op: Pick<Operation, 'participants'>): string {
  const rows = op.participants.map((p) => {
    const notes = participantNotes(p);
    return [
      p.alpha2,
      p.numeric,
      p.name,
      p.roles.join('; '),
      p.authority ? p.authority.text : '',
      factsText(p.actions),
      factsText(notes),
      citesText([
        ...(p.authority?.cite ?? []),
        ...p.actions.flatMap((f) => f.cite),
        ...notes.flatMap((f) => f.cite),
      ]),
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
