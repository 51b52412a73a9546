/**
 * Entry point, kept to what the first picture needs: the stylesheets, the
 * layout classes and theme the options ask for (so the picture is laid out
 * as it stays), low-priority hints for what follows (dom/hint-later.ts:
 * the app and map chunks, the worker, the map data), then, once the inline
 * picture has been painted, the app (start-app.ts, its own chunk).
 */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { parseOptions } from './app-options.ts';
import { afterFirstPaint } from './dom/after-paint.ts';
import { layoutClasses } from './embed/layout-classes.ts';
import { hintLater } from './dom/hint-later.ts';

const root = document.getElementById('op-app');
if (root) {
  const options = parseOptions(location.search);
  const html = document.documentElement;
  html.classList.add(...layoutClasses(options));
  if (options.theme !== 'auto') html.dataset.theme = options.theme;
  hintLater(document, { map: !options.static });
  void afterFirstPaint()
    .then(() => import('./start-app.ts'))
    .then((m) => m.startApp(root, options))
    .catch((error: unknown) => {
      // The picture and the no-script content stay; say why nothing else came.
      html.dataset.mapState = root.querySelector('svg.op-static') ? 'fallback' : 'error';
      console.error('takedown-map: the app could not start', error);
    });
}
