/** Role labels (each operation names its own) and derived counts, for the legend and panels. */
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Operation, Participant, Role } from './types.ts';
import { ROLES } from './vocabulary.ts';

/**
 * The label an operation gives a role, in the reader's language: where the
 * operation uses the catalogue's English label, the catalogue's label in that
 * language; an operation's own label through the content translations (English
 * where it has none); the role id where it gives none (check-data forbids that).
 */
export const roleLabel = (op: Pick<Operation, 'roles'>, role: Role, i18n: I18n = EN_I18N): string => {
  const label = op.roles.find((r) => r.role === role)?.label;
  if (label === undefined) return role;
  return label === EN_I18N.role(role) ? i18n.role(role) : i18n.text(label);
};

/** The roles an operation shows, in its legend order. */
export const opRoles = (op: Pick<Operation, 'roles'>): readonly Role[] => op.roles.map((r) => r.role);

/** The role a participant is coloured by. */
export const primaryRole = (p: Pick<Participant, 'roles'>): Role => p.roles[0] ?? 'hub';

/** How many participants hold each role (a country with two roles counts in both). */
export function roleCounts(
  participants: readonly { readonly roles: readonly Role[] }[],
): Record<Role, number> {
  const counts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const p of participants) for (const r of p.roles) counts[r] += 1;
  return counts;
}
