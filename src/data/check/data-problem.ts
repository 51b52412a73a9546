/** A problem check-data reports, the context it checks in, and where a problem points (its file). Pure. */
import type { PatternKind } from '../patterns.ts';
import type { Role, Source } from '../types.ts';

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

/** Adds a problem at `path`, in the file of its top-level field. */
export type AddProblem = (path: string, message: string, fix: string) => void;

/** An AddProblem that pushes to `out`. */
export const problemAdder =
  (out: DataProblem[], ctx: Pick<CheckContext, 'folder' | 'files'>): AddProblem =>
  (path, message, fix) =>
    out.push({ file: fileFor(path.split(/[.[]/)[0]!, ctx), path, message, fix });

export const problemText = (p: DataProblem): string =>
  `${p.file} › ${p.path}: ${p.message}.\n    Fix: ${p.fix}.`;
