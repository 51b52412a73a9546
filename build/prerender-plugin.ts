/** Puts the prerendered views (build/prerender-views.ts) of the operation into index.html. */
import type { Plugin } from 'vite';
import { OPERATION } from '../src/data/operation.ts';
import type { Operation } from '../src/data/types.ts';
import { prerenderViews, withPrerenderedViews, type PrerenderedViews } from './prerender-views.ts';

export function prerenderPlugin(op: Operation = OPERATION): Plugin {
  let views: PrerenderedViews | null = null;
  return {
    name: 'takedown-map:prerender',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withPrerenderedViews(html, (views ??= prerenderViews(op))),
    },
  };
}
