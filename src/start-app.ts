/**
 * The app's chunk: main.ts imports it once the first picture has been painted.
 * It starts the app in the reader's language (app/start-app.ts: the language
 * chosen and loaded, the operation put into it, a restart on a host `lang`).
 */
export { startApp } from './app/start-app.ts';
