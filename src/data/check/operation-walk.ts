/** Walks over an operation's data: every citation and every string, with their paths. Pure. */
import type { Citation } from '../types.ts';

/** Every citation under `value`, with its path. */
export function citationsOf(value: unknown, path: string, out: { path: string; cite: Citation }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => citationsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && path.includes('cite'))
      out.push({ path, cite: o as unknown as Citation });
    else
      for (const [k, v] of Object.entries(o)) {
        // The operation's own sources table (the only field of that name in the schema) holds no citations.
        if (k === 'sources') continue;
        citationsOf(v, path ? `${path}.${k}` : k, out);
      }
  }
  return out;
}

/** Every string under `value` with its path. */
export function stringsOf(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out);
  return out;
}
