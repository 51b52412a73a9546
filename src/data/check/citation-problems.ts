/**
 * Citations and quotes: a known source with an id of its own, a paragraph
 * only for the report, and passages and quotes found verbatim in the texts
 * where the texts are given. Pure.
 */
import type { Operation } from '../types.ts';
import type { AddProblem, CheckContext } from './data-problem.ts';
import { citationsOf } from './operation-walk.ts';

/** Whitespace, typographic quotes and the research notes' "> " markers do not count. */
export const normalizeText = (s: string): string =>
  s
    .replace(/^\s*>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

export function citationProblems(op: Operation, ctx: CheckContext, add: AddProblem): void {
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
  for (const { path, cite } of citationsOf(op, '')) {
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
}
