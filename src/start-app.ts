/** The app's chunk: main.ts imports it once the first picture has been painted. */
import type { AppOptions } from './app-options.ts';
import { createApp, type App } from './app.ts';

export const startApp = (root: HTMLElement, options: AppOptions): App => createApp(root, options);
