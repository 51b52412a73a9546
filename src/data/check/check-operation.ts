/**
 * `npm run check-data`, the pure part: one operation's raw data against the
 * schema, then the invariants a schema cannot express. Every problem names
 * the file, the path in the data and how to fix it. Pure: the texts, the
 * geometry ids and the known sources come in as arguments. The parts:
 * data-problem.ts, schema-problems.ts, invariant-problems.ts (with
 * role-cue-problems.ts and citation-problems.ts), operation-walk.ts.
 */
import { OperationSchema } from '../schema.ts';
import type { CheckContext, DataProblem } from './data-problem.ts';
import { invariantProblems } from './invariant-problems.ts';
import { schemaProblems } from './schema-problems.ts';

export { normalizeText } from './citation-problems.ts';
export { fileFor, problemText, type CheckContext, type DataProblem } from './data-problem.ts';
export { invariantProblems, PLACEHOLDER } from './invariant-problems.ts';
export { MIN_ROLE_DELTA } from './role-cue-problems.ts';

/** Schema first; the invariants only when the data has the right shape. */
export function checkOperation(raw: unknown, ctx: CheckContext): DataProblem[] {
  // reportInput: a value of the wrong type is told apart from a missing one (zod 4 leaves `input` out otherwise).
  const parsed = OperationSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return schemaProblems(parsed.error, ctx);
  return invariantProblems(parsed.data, ctx);
}
