/** Entry point: read the URL and the page's operation, start the app. */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { createApp } from './app.ts';
import { parseOptions } from './app-options.ts';
import { DEFAULT_SLUG, operationBySlug } from './data/registry.ts';

const root = document.getElementById('op-app');
// Each operation's page names it on <html data-operation> (build/pages.ts).
const op = operationBySlug(document.documentElement.dataset.operation ?? DEFAULT_SLUG);
if (root && op) {
  createApp(root, parseOptions(location.search), op);
}
