/**
 * The map in words, from the data module: the static picture's accessible
 * name, the PNG's alt text and the share image's alt text.
 */
import { ROLE_LABELS } from '../data/roles.ts';
import { ROLES, type Operation } from '../data/types.ts';

const list = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export function describeMap(op: Operation): string {
  const byRole = ROLES.filter((r) => r !== 'hub')
    .map((r) => [r, op.participants.filter((p) => p.roles.includes(r)).map((p) => p.name).sort()] as const)
    .filter(([, names]) => names.length)
    .map(([r, names]) => `${ROLE_LABELS[r]}: ${list(names)}.`);
  return [
    `Map of the ${op.participants.length} countries in the operation, coloured by role, with spokes to the coordination hub in ${op.hub.name}.`,
    ...byRole,
  ].join(' ');
}
