/** operation.json: the whole OPERATION object, the tour, every source and "About this map", with the data note. Pure. */
import { ABOUT } from '../about.ts';
import { SOURCES } from '../sources.ts';
import type { Operation, TourStep } from '../types.ts';
import { dataNote } from './cite-text.ts';

export function toJson(op: Operation, tour: readonly TourStep[] = []): string {
  return (
    JSON.stringify({ note: dataNote(op), operation: op, tour, sources: SOURCES, about: ABOUT }, null, 2) +
    '\n'
  );
}
