/**
 * The map in few words, for the static picture's accessible name and the
 * PNG and share-image alt texts (the longer description for the map region
 * is src/a11y/describe-map.ts; both group countries the same way).
 */
import { participantsByRole } from '../a11y/describe-map.ts';
import { ROLE_LABELS } from '../data/roles.ts';
import type { Operation } from '../data/types.ts';

const list = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export function describeMap(op: Operation): string {
  const byRole = participantsByRole(op).map(([r, names]) => `${ROLE_LABELS[r]}: ${list(names)}.`);
  return [
    `Map of the ${op.participants.length} countries in the operation, coloured by role, with spokes to the coordination hub in ${op.hub.name}.`,
    ...byRole,
  ].join(' ');
}
