/** Entry point: read the URL and the page's operation, start the app. */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { createApp } from './app.ts';
import { parseOptions } from './app-options.ts';
import { OPERATION } from './data/operation.ts';
import { loadOperation } from './data/pages.ts';

const root = document.getElementById('op-app');
// Each operation's page names it on <html data-operation> (build/pages.ts); the default one is in this
// script, the others are chunks of their own, so a page's first picture carries only its operation.
const slug = document.documentElement.dataset.operation ?? OPERATION.slug;
void (slug === OPERATION.slug ? Promise.resolve(OPERATION) : loadOperation(slug)).then((op) => {
  if (root && op) createApp(root, parseOptions(location.search), op);
});
