/** Entry point: read the URL, start the app in the reader's language. */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { startApp } from './app/start-app.ts';
import { parseOptions } from './app-options.ts';

const root = document.getElementById('op-app');
if (root) {
  startApp(root, parseOptions(location.search));
}
