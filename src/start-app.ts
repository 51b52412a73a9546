/**
 * The app's chunk: main.ts imports it once the first picture has been painted.
 * It starts the app for the page's operation, named on <html data-operation>
 * (build/pages.ts): the default one is in this chunk, the others are chunks of
 * their own (data/pages.ts), hinted by the page (#op-later), so a page loads
 * only its own operation.
 */
import type { AppOptions } from './app-options.ts';
import { createApp, type App } from './app.ts';
import { OPERATION } from './data/operation.ts';
import { loadOperation } from './data/pages.ts';

export async function startApp(root: HTMLElement, options: AppOptions): Promise<App> {
  const slug = document.documentElement.dataset.operation ?? OPERATION.slug;
  const op = slug === OPERATION.slug ? OPERATION : await loadOperation(slug);
  if (!op) throw new Error(`no operation '${slug}'`);
  return createApp(root, options, op);
}
