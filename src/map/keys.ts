/** Feature ↔ participant keys: the map speaks world-atlas numeric ids, the app alpha-2. */
import type { Operation } from '../data/types.ts';

interface Picked { readonly source: string; readonly properties: Record<string, unknown> | null }

/** The alpha-2 code, 'hub', or null for a picked feature. */
export function keyOfFeature(f: Picked | undefined, op: Operation): string | null {
  if (!f) return null;
  const key = f.properties?.key;
  if (key === 'hub') return 'hub';
  return op.participants.find((p) => p.numeric === key)?.alpha2 ?? null;
}

/** The numeric feature id for an app key, or 'hub'. */
export function featureIdOf(key: string | null, op: Operation): string | null {
  if (key === null) return null;
  if (key === 'hub') return 'hub';
  return op.participants.find((p) => p.alpha2 === key)?.numeric ?? null;
}
