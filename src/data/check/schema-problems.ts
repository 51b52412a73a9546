/** The schema's complaints as problems: which file, which path, and how to fix each. Pure. */
import type { z } from 'zod';
import { fileFor, type CheckContext, type DataProblem } from './data-problem.ts';

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  ) || '(the operation)';

export function schemaProblems(error: z.ZodError, ctx: CheckContext): DataProblem[] {
  return error.issues.map((issue) => {
    const path = pathText(issue.path);
    // A field that is not there (an operation that is not there at all is a wrong value, below).
    const missing = issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0;
    const fix =
      issue.code === 'unrecognized_keys'
        ? `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed fields are listed in src/data/schema.ts)`
        : missing
          ? `add the field "${String(issue.path.at(-1))}" (see src/data/schema.ts and the template in src/data/operations/_template/)`
          : issue.message.startsWith('must')
            ? `correct the value at ${path}: it ${issue.message}`
            : `correct the value at ${path} (${issue.message})`;
    return {
      // The file of the top-level field ('undefined' for the whole operation: no file of its own, so index.ts or facts.ts).
      file: fileFor(String(issue.path[0]), ctx),
      path,
      message: issue.message,
      fix,
    };
  });
}
