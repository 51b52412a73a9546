/**
 * The views the first picture shows next to it, rendered at build time for
 * the operation passed in (its overview: no selection) in the page's
 * language (the localized operation and its i18n, as the app mounts them), so the page paints
 * them from the HTML: the map key above the map (no shift when the app
 * starts), the tour's start, the list of countries, the panel (the largest
 * text, the LCP element: mount-panel keeps these nodes, dom/render-into.ts)
 * and the legend. The app re-renders each in place once it runs (the same
 * content); until then the prerendered controls are disabled (but the
 * panel's, which works as soon as the app runs), and without
 * JavaScript they are not shown (static-map.css: `scripting: none`).
 */
import { Window } from 'happy-dom';
import type { Operation } from '../src/data/types.ts';
import { escapeXml } from '../src/dom/escape-xml.ts';
import { EN_I18N, type I18n } from '../src/i18n/i18n.ts';
import { mountLegend } from '../src/panels/legend.ts';
import { mountMapKey } from '../src/panels/map-key.ts';
import { mountPanel } from '../src/panels/mount-panel.ts';
import { mountParticipantList } from '../src/panels/participant-list.ts';
import { createReducer, initialState } from '../src/state/reducer.ts';
import { createStore } from '../src/state/store.ts';
import { mountTour } from '../src/story/tour.ts';

/**
 * Container id → its rendered children, as HTML, and the data attributes the view set on the container
 * (the panel's `data-panel="overview"`, which the phone layout reads: without it the panel would first paint
 * as a selection's bottom sheet, then move when the app runs).
 */
export type PrerenderedViews = Readonly<
  Record<string, { readonly html: string; readonly attrs: Readonly<Record<string, string>> }>
>;

export const PRERENDERED_IDS = ['op-key', 'op-tour', 'op-participants', 'op-panel', 'op-legend'] as const;

export function prerenderViews(op: Operation, i18n: I18n = EN_I18N): PrerenderedViews {
  const win = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const g = globalThis as { document?: unknown };
  const before = g.document;
  g.document = win.document;
  try {
    const doc = win.document as unknown as Document;
    const box = (id: string) => {
      const el = doc.createElement('div');
      el.id = id;
      doc.body.append(el);
      return el;
    };
    // The app's first state (src/app.ts): the overview of the page's own campaign entry.
    const store = createStore(createReducer(op), initialState(undefined, null, op.strike.id));
    const els = Object.fromEntries(PRERENDERED_IDS.map((id) => [id, box(id)])) as Record<string, HTMLElement>;
    const views = [
      mountMapKey(els['op-key']!, store, op, i18n),
      mountParticipantList(els['op-participants']!, store, op, i18n),
      mountPanel(els['op-panel']!, store, op, { focusOnChange: false }, i18n),
      mountLegend(els['op-legend']!, store, op, i18n),
      mountTour(els['op-tour']!, store, op.tour, i18n),
    ];
    // Controls wait for the app, except the panel's: it handles clicks on its box and keeps these nodes.
    for (const el of doc.querySelectorAll('button, input, select, textarea'))
      if (!el.closest('#op-panel')) el.setAttribute('disabled', '');
    const out = Object.fromEntries(
      PRERENDERED_IDS.map((id) => {
        const el = els[id]!;
        const attrs = Object.fromEntries(
          [...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value]),
        );
        return [id, { html: (el as unknown as { getHTML(): string }).getHTML(), attrs }];
      }),
    );
    for (const v of views) v.destroy();
    return out;
  } finally {
    g.document = before;
    void win.happyDOM.close();
  }
}

/** index.html with each container's prerendered children in place (marked data-prerendered), and its data attributes. */
export function withPrerenderedViews(html: string, views: PrerenderedViews): string {
  let out = html;
  for (const [id, { html: inner, attrs }] of Object.entries(views)) {
    const re = new RegExp(`(<([a-z]+)\\b[^>]*\\bid="${id}"[^>]*)>(\\s*)</\\2>`);
    if (!re.test(out)) throw new Error(`prerender: index.html has no empty #${id}`);
    out = out.replace(re, (_, open: string, tag: string) => {
      const extra = Object.entries(attrs)
        .filter(([name]) => !new RegExp(`\\s${name}=`).test(open))
        .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
        .join('');
      return `${open}${extra} data-prerendered>${inner}</${tag}>`;
    });
  }
  return out;
}
