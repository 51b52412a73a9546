/**
 * Content translations into de, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations inside the English text stay verbatim (“…”); our translation follows them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const DE: ContentMap = {};
