/** The roles of the April 2018 takedown, as the report gives them (¶4–5), in legend order. */
import type { RoleDef } from '../../types.ts';

export const ROLES: readonly RoleDef[] = [
  { role: 'lead', label: 'Lead' },
  { role: 'evidence', label: 'Digital evidence seized' },
  { role: 'servers', label: 'Servers seized' },
  { role: 'registrars', label: 'Registrars identified' },
  { role: 'hub', label: 'Coordination hub' },
];
