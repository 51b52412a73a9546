/**
 * Entry point, kept to what the first picture needs: the stylesheets, the
 * layout classes and theme the options ask for (so the picture is laid out
 * as it stays), then, once the inline picture has been painted and
 * presented, the app (start-app.ts, its own chunk, which reads the page's
 * operation from <html data-operation>) with low-priority hints for its
 * imports and for the map (dom/hint-later.ts: the map chunk, its CSS and
 * fonts, the worker, the map data).
 */
import 'virtual:palette.css';
import './styles/app.css';
import './styles/static-map.css';
import './styles/embed.css';
import './styles/phone.css';
import { parseOptions } from './app-options.ts';
import { firstPresented } from './dom/after-paint.ts';
import { layoutClasses } from './embed/layout-classes.ts';
import { hintLater } from './dom/hint-later.ts';

const root = document.getElementById('op-app');
if (root) {
  const options = parseOptions(location.search);
  const html = document.documentElement;
  html.classList.add(...layoutClasses(options));
  if (options.theme !== 'auto') html.dataset.theme = options.theme;
  // Nothing more is requested until the picture is on screen (its paint has been presented): a request started
  // before it shares the slow network with it and, in Lighthouse's simulation, counts towards its largest
  // contentful paint (bench/results.md). Then the app, with low-priority hints for its imports and for the map.
  void firstPresented()
    .then(() => {
      hintLater(document, { app: true, map: !options.static });
      return import('./start-app.ts');
    })
    .then((m) => m.startApp(root, options))
    .catch((error: unknown) => {
      // The picture and the no-script content stay; say why nothing else came.
      html.dataset.mapState = root.querySelector('svg.op-static') ? 'fallback' : 'error';
      console.error('takedown-map: the app could not start', error);
    });
}
