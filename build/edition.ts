/**
 * The graphic's own dates, shown in its credit line: `PUBLISHED` and
 * `UPDATED` (yyyy-mm-dd) from the environment at build time; otherwise the
 * dates of the first and the last commit; otherwise the build date.
 */
import { execFileSync } from 'node:child_process';

export interface Edition {
  readonly published: string;
  readonly updated: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function gitDate(args: string[]): string | null {
  try {
    const out = execFileSync('git', ['log', '--format=%cd', '--date=short', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    const d = out[0];
    return d && DAY.test(d) ? d : null;
  } catch {
    return null;
  }
}

export function edition(
  env: NodeJS.ProcessEnv = process.env,
  today = new Date().toISOString().slice(0, 10),
): Edition {
  const published =
    env.PUBLISHED && DAY.test(env.PUBLISHED)
      ? env.PUBLISHED
      : (gitDate(['--reverse', '--max-parents=0']) ?? today);
  const updated = env.UPDATED && DAY.test(env.UPDATED) ? env.UPDATED : (gitDate(['-1']) ?? today);
  return { published, updated: updated < published ? published : updated };
}
