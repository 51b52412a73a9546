/**
 * Where labels sit relative to their point. The Low Countries and The Hague
 * are a few pixels apart at the overview zoom, so their labels are pushed
 * apart by hand (over the sea and to the east) instead of being dropped by
 * collision detection.
 */
export interface Placement { readonly anchor: string; readonly offset: readonly [number, number] }

const PLACEMENTS: Readonly<Record<string, Placement>> = {
  NL: { anchor: 'bottom-left', offset: [0.5, -0.3] },
  BE: { anchor: 'top-left', offset: [0.6, 0.2] },
  GB: { anchor: 'top-right', offset: [-0.3, 0.4] },
  hub: { anchor: 'bottom-right', offset: [-0.5, -0.4] },
};

export const placementOf = (key: string): Placement => PLACEMENTS[key] ?? { anchor: 'center', offset: [0, 0] };
