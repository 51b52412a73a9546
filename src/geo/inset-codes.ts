/** Participants drawn in the North America inset rather than in the main view (when the operation has any). */
export const INSET_CODES: ReadonlySet<string> = new Set(['CA', 'US']);

/** Does this operation need the inset? An all-European operation gets none. */
export const needsInset = (alpha2s: Iterable<string>): boolean =>
  [...alpha2s].some((a) => INSET_CODES.has(a));
