/** Entry point: read the URL, start the app. */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { createApp } from './app.ts';
import { parseOptions } from './app-options.ts';

const root = document.getElementById('op-app');
if (root) {
  createApp(root, parseOptions(location.search));
}
