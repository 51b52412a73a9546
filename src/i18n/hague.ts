/** The Hague by its local names (DESIGN.md contract 6): the hub's accessible name and label in each language. */
import type { Lang } from './langs.ts';

export const HAGUE: Readonly<Record<Lang, string>> = {
  en: 'The Hague',
  fr: 'La Haye',
  nl: 'Den Haag',
  de: 'Den Haag',
  ro: 'Haga',
  bg: 'Хага',
};
