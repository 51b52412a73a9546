/** TEMPLATE: the roles this operation shows, in legend order, hub last; colours come from src/data/palette.ts. */
import type { RoleDef } from '../../types.ts';

export const ROLES: readonly RoleDef[] = [
  { role: 'lead', label: 'Lead' },
  { role: 'hub', label: 'Coordination hub' },
];
