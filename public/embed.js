/* Takedown Map loader: <div data-takedown-map-src> → lazy auto-height iframe.
 * Events on the div: takedown-map:ready|select|deselect. API: div.takedownMap.select('fr'|'hub'), .reset(),
 * .theme('light'|'dark'|'auto'), .step(1..8), .lang('en'|'fr'|'nl'|'de'|'ro'|'bg'). */
(function () {
  'use strict';
  var W = window,
    D = document,
    NS = 'takedown-map',
    frames = [];
  if (W.takedownMapLoader) return W.takedownMapLoader.scan();

  function post(f, msg) {
    if (f.iframe.contentWindow) f.iframe.contentWindow.postMessage(msg, f.origin);
  }
  function setHeight(f, h) {
    h = Math.ceil(+h);
    if (h > 0 && h < 1e5) f.iframe.style.height = h + 'px';
  }

  function mount(div, n) {
    var url, iframe, f, id;
    try {
      url = new W.URL(div.getAttribute('data-takedown-map-src'), D.baseURI);
    } catch {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    div.setAttribute('data-takedown-map-loaded', '');
    id = div.id || NS + '-' + n;
    url.searchParams.set('childId', id);
    iframe = D.createElement('iframe');
    iframe.src = url.href;
    iframe.title =
      div.getAttribute('data-takedown-map-title') || 'Map: the takedown of Isis propaganda outlets';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'fullscreen; clipboard-write');
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    iframe.setAttribute('width', '100%');
    iframe.style.cssText = 'display:block;width:100%;border:0';
    setHeight({ iframe: iframe }, div.getAttribute('data-takedown-map-height') || 720);
    f = { div: div, iframe: iframe, origin: url.origin, id: id };
    div.takedownMap = {
      iframe: iframe,
      select: function (country) {
        post(f, { source: NS, type: 'select', country: String(country) });
      },
      reset: function () {
        post(f, { source: NS, type: 'reset' });
      },
      theme: function (t) {
        post(f, { source: NS, type: 'theme', theme: String(t) });
      },
      step: function (n) {
        post(f, { source: NS, type: 'step', step: +n });
      },
      lang: function (l) {
        post(f, { source: NS, type: 'lang', lang: String(l) });
      },
    };
    frames.push(f);
    div.appendChild(iframe);
  }

  function onMessage(e) {
    var d = e.data,
      f,
      i,
      m;
    for (i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === e.source) f = frames[i];
    if (!f) return;
    if (typeof d === 'string') {
      m = /^pymxPYMx([\w-]+)xPYMxheightxPYMx(\d+)$/.exec(d);
      if (m && m[1] === f.id) setHeight(f, m[2]);
    } else if (d && d.source === NS && typeof d.type === 'string') {
      if (d.type === 'height') setHeight(f, d.height);
      else if (/^(ready|select|deselect)$/.test(d.type)) {
        f.div.dispatchEvent(
          new CustomEvent(NS + ':' + d.type, {
            bubbles: true,
            detail: {
              country: typeof d.country === 'string' ? d.country : null,
              mapState: typeof d.mapState === 'string' ? d.mapState : null,
            },
          }),
        );
      }
    }
  }

  function scan() {
    var divs = D.querySelectorAll('[data-takedown-map-src]:not([data-takedown-map-loaded])'),
      i;
    for (i = 0; i < divs.length; i++) mount(divs[i], frames.length + 1);
  }

  W.takedownMapLoader = { scan: scan };
  W.addEventListener('message', onMessage);
  if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
