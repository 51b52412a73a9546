/**
 * `npm run check-data`, the pure part: one operation's raw data against the
 * schema, then the invariants a schema cannot express. Every problem names
 * the file, the path in the data and how to fix it. Pure: the texts, the
 * geometry ids and the known sources come in as arguments.
 */
import type { z } from 'zod';
import { deltaE2000, hexToRgb, simulate } from '../../a11y/colour-vision.ts';
import { GROUND, ROLE_COLOURS, THEMES } from '../palette.ts';
import { ROLE_PATTERNS, type PatternKind } from '../patterns.ts';
import { OperationSchema } from '../schema.ts';
import type { Citation, Operation, Role, Source } from '../types.ts';

export interface DataProblem {
  /** The file an editor opens, e.g. src/data/operations/2019-11-telegram/participants.ts. */
  readonly file: string;
  /** Where in the operation, e.g. participants[1].alpha2. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

export interface CheckContext {
  /** The folder the operation came from (its name must be the slug). */
  readonly folder: string;
  /** Files in the folder, so a problem points at the one holding the field. */
  readonly files: readonly string[];
  /** world-atlas country ids ('056', '840', …). */
  readonly geometryIds: ReadonlySet<string>;
  /** Sources every operation may cite (src/data/sources.ts). */
  readonly sharedSources: Readonly<Record<string, Source>>;
  /** Source ids of other operations (an id must not mean two pages). */
  readonly otherSourceIds?: ReadonlySet<string>;
  /** Texts quotes and passages must appear in, verbatim: the report, facts.md, the committed research. */
  readonly texts: readonly string[];
  /** Number of paragraphs of the report (article ¶N). */
  readonly articleParagraphs: number;
  /** The role colours to check: src/data/palette.ts's unless a test gives others. */
  readonly roleColours?: Readonly<Record<Role, string>>;
  /** The role patterns to check: src/data/patterns.ts's unless a test gives others. */
  readonly rolePatterns?: Readonly<Record<Role, PatternKind>>;
}

/** The smallest ΔE00 between two roles shown together, under each simulated colour-vision deficiency. */
export const MIN_ROLE_DELTA = 10;

/** The file that holds a top-level field: its own file when the folder has one, else facts.ts, else index.ts. */
export function fileFor(key: string, ctx: Pick<CheckContext, 'folder' | 'files'>): string {
  const own: Record<string, string> = {
    participants: 'participants.ts',
    roles: 'roles.ts',
    hub: 'hub.ts',
    quotes: 'quotes.ts',
    outlets: 'outlets.ts',
    outletsNote: 'outlets.ts',
    tour: 'tour.ts',
    attacks: 'attacks.ts',
    attacksNote: 'attacks.ts',
    sources: 'sources.ts',
    framing: 'framing.ts',
  };
  const name = [own[key], 'facts.ts'].find((f) => f && ctx.files.includes(f)) ?? 'index.ts';
  return `src/data/operations/${ctx.folder}/${name}`;
}

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  ) || '(the operation)';

/** Whitespace, typographic quotes and the research notes' "> " markers do not count. */
export const normalizeText = (s: string): string =>
  s
    .replace(/^\s*>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

function schemaProblems(error: z.ZodError, ctx: CheckContext): DataProblem[] {
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

/** Every citation under `value`, with its path. */
function citations(value: unknown, path: string, out: { path: string; cite: Citation }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => citations(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && path.includes('cite'))
      out.push({ path, cite: o as unknown as Citation });
    else
      for (const [k, v] of Object.entries(o)) {
        // The operation's own sources table (the only field of that name in the schema) holds no citations.
        if (k === 'sources') continue;
        citations(v, path ? `${path}.${k}` : k, out);
      }
  }
  return out;
}

/** Every string under `value` with its path. */
function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** What the template's placeholders start with (src/data/operations/_template/). */
export const PLACEHOLDER = /^Replace:/;

/** The invariants of a schema-valid operation. */
export function invariantProblems(op: Operation, ctx: CheckContext): DataProblem[] {
  const out: DataProblem[] = [];
  /** A problem at `path`, in the file of its top-level field. */
  const add = (path: string, message: string, fix: string) =>
    out.push({ file: fileFor(path.split(/[.[]/)[0]!, ctx), path, message, fix });

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
  const colours = ctx.roleColours ?? ROLE_COLOURS;
  for (const type of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
    const sim = (hex: string) => (type === 'normal' ? hexToRgb(hex) : simulate(hexToRgb(hex), type));
    declared.forEach((a, i) => {
      declared.slice(i + 1).forEach((b) => {
        const d = deltaE2000(sim(colours[a]), sim(colours[b]));
        if (d < MIN_ROLE_DELTA)
          add(
            'roles',
            `roles "${a}" and "${b}" look alike (${type}: ΔE00 ${d.toFixed(1)} < ${MIN_ROLE_DELTA})`,
            'show only roles whose palette colours are distinguishable, or change one colour in src/data/palette.ts',
          );
      });
      for (const theme of THEMES) {
        const d = deltaE2000(sim(colours[a]), sim(GROUND[theme].land));
        if (d < MIN_ROLE_DELTA)
          add(
            `roles[${i}]`,
            `role "${a}" looks like the ${theme} land (${type}: ΔE00 ${d.toFixed(1)})`,
            'change its colour in src/data/palette.ts',
          );
      }
    });
  }

  // The second cue: the country roles shown together need different patterns (src/data/patterns.ts).
  const patterns = ctx.rolePatterns ?? ROLE_PATTERNS;
  const countryRoles = declared.filter((r) => r !== 'hub');
  countryRoles.forEach((a, i) =>
    countryRoles.slice(i + 1).forEach((b) => {
      if (patterns[a] === patterns[b])
        add(
          'roles',
          `roles "${a}" and "${b}" share the pattern "${patterns[a]}"`,
          'give one of them another pattern in ROLE_PATTERNS (src/data/patterns.ts)',
        );
    }),
  );

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
  for (const { path, text } of strings(op, ''))
    if (PLACEHOLDER.test(text))
      add(path, 'placeholder text from the template is still here', 'write the real text, with its source');

  // Citations: a known source, a paragraph only for the report, and the passage verbatim where the text is here.
  const texts = ctx.texts.map(normalizeText);
  const inTexts = (s: string) => texts.some((t) => t.includes(normalizeText(s)));
  for (const [id] of Object.entries(op.sources)) {
    if (id in ctx.sharedSources || ctx.otherSourceIds?.has(id))
      add(
        `sources.${id}`,
        `source id "${id}" is already used by another table`,
        'give this source a new id, or cite the existing one',
      );
  }
  for (const { path, cite } of citations(op, '')) {
    if (!(cite.source in ctx.sharedSources) && !(cite.source in op.sources))
      add(
        `${path}.source`,
        `unknown source "${cite.source}"`,
        'add it to the folder’s sources.ts (with publisher, about, url) or cite a source of src/data/sources.ts',
      );
    if (cite.paragraph !== undefined && (cite.source !== 'article' || cite.paragraph > ctx.articleParagraphs))
      add(
        `${path}.paragraph`,
        `paragraph ${cite.paragraph} of "${cite.source}" does not exist`,
        `paragraphs are only for the report ("article"), 1–${ctx.articleParagraphs}`,
      );
    if (cite.passage !== undefined && ctx.texts.length > 0 && !inTexts(cite.passage))
      add(
        `${path}.passage`,
        `the passage is not found verbatim in the report, facts.md or docs/research/`,
        'copy the passage exactly from the page and record it in docs/research/ beside its URL',
      );
  }
  op.quotes.forEach((q, i) => {
    const parts = q.text.split(/\s*(?:\.\.\.|…)\s*/).filter((t) => t.trim().length >= 10);
    if (ctx.texts.length > 0 && !parts.every((t) => inTexts(t.replace(/[,.]$/, ''))))
      add(
        `quotes[${i}].text`,
        `quote by ${q.speaker} is not found verbatim in the report or facts.md`,
        'copy the words exactly as the source has them',
      );
  });
  return out;
}

/** Schema first; the invariants only when the data has the right shape. */
export function checkOperation(raw: unknown, ctx: CheckContext): DataProblem[] {
  // reportInput: a value of the wrong type is told apart from a missing one (zod 4 leaves `input` out otherwise).
  const parsed = OperationSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return schemaProblems(parsed.error, ctx);
  return invariantProblems(parsed.data, ctx);
}

export const problemText = (p: DataProblem): string =>
  `${p.file} › ${p.path}: ${p.message}.\n    Fix: ${p.fix}.`;
