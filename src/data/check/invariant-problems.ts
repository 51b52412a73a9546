/**
 * The invariants of a schema-valid operation that a schema cannot express:
 * its slug and dates, unique codes present in the geometry, declared roles
 * told apart (role-cue-problems.ts), a tour that frames what exists, no
 * placeholder left, and its citations (citation-problems.ts). Pure.
 */
import type { Operation } from '../types.ts';
import { citationProblems } from './citation-problems.ts';
import { problemAdder, type CheckContext, type DataProblem } from './data-problem.ts';
import { stringsOf } from './operation-walk.ts';
import { roleColourProblems, rolePatternProblems } from './role-cue-problems.ts';

/** What the template's placeholders start with (src/data/operations/_template/). */
export const PLACEHOLDER = /^Replace:/;

/** The invariants of a schema-valid operation. */
export function invariantProblems(op: Operation, ctx: CheckContext): DataProblem[] {
  const out: DataProblem[] = [];
  /** A problem at `path`, in the file of its top-level field. */
  const add = problemAdder(out, ctx);

  if (op.slug !== ctx.folder)
    add(
      'slug',
      `slug "${op.slug}" differs from its folder "${ctx.folder}"`,
      `set slug to "${ctx.folder}" or rename the folder`,
    );
  if (op.start > op.end)
    add('start', `start ${op.start} is after end ${op.end}`, 'swap start and end, or correct one of them');
  if (!op.slug.startsWith(op.strike.id))
    add(
      'strike.id',
      `campaign id ${op.strike.id} does not match the slug's month (${op.slug.slice(0, 7)})`,
      'give strike.id the yyyy-mm the slug starts with',
    );

  // Codes: unique, and present in the geometry.
  const seen = new Map<string, number>();
  op.participants.forEach((p, i) => {
    for (const code of [p.alpha2, p.numeric]) {
      const first = seen.get(code);
      if (first !== undefined)
        add(
          `participants[${i}]`,
          `${p.name}: code ${code} is also used by participants[${first}]`,
          'list each country once; give it several roles instead',
        );
      else seen.set(code, i);
    }
    if (!ctx.geometryIds.has(p.numeric))
      add(
        `participants[${i}].numeric`,
        `${p.name}: numeric code ${p.numeric} is not a country in the world-atlas geometry`,
        'use the ISO 3166-1 numeric code, zero-padded (e.g. "276" for Germany)',
      );
  });

  // Roles: declared once, each used one declared, and distinguishable from each other and the land.
  const declared = op.roles.map((r) => r.role);
  declared.forEach((r, i) => {
    if (declared.indexOf(r) !== i)
      add(`roles[${i}]`, `role "${r}" is declared twice`, 'declare each role once');
  });
  if (!declared.includes('hub'))
    add('roles', 'the hub role is not declared', "add { role: 'hub', label: '…' } to roles");
  op.participants.forEach((p, i) =>
    p.roles.forEach((r, j) => {
      if (!declared.includes(r))
        add(
          `participants[${i}].roles[${j}]`,
          `${p.name}: role "${r}" is not in the operation's roles`,
          `add { role: '${r}', label: '…' } to roles, or use one of ${declared.join(', ')}`,
        );
    }),
  );
  roleColourProblems(declared, ctx, add);
  rolePatternProblems(declared, ctx, add);

  // Tour: what a step selects and frames must exist.
  const keys = new Set<string>([...op.participants.map((p) => p.alpha2), 'hub']);
  op.tour.forEach((s, i) => {
    if (s.select !== null && s.select !== 'outlets' && !keys.has(s.select))
      add(
        `tour[${i}].select`,
        `step "${s.title}" selects ${s.select}, which is not a participant`,
        'select a participant, hub, outlets or null',
      );
    s.frame.forEach((k, j) => {
      if (!keys.has(k))
        add(
          `tour[${i}].frame[${j}]`,
          `step "${s.title}" frames ${k}, which is not a participant`,
          'frame participants or the hub only',
        );
    });
    if (s.strike !== op.strike.id)
      add(
        `tour[${i}].strike`,
        `step "${s.title}" tells ${s.strike}, not this operation (${op.strike.id})`,
        `set strike to '${op.strike.id}'`,
      );
  });

  // Placeholders left from the template.
  for (const { path, text } of stringsOf(op, ''))
    if (PLACEHOLDER.test(text))
      add(path, 'placeholder text from the template is still here', 'write the real text, with its source');

  // Citations: a known source, a paragraph only for the report, and the passage verbatim where the text is here.
  citationProblems(op, ctx, add);
  return out;
}
