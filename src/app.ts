/**
 * Composition root: one store, the views, the URL binding and the map, all
 * made for the operation passed in (its participants, strikes and tour are
 * injected everywhere; nothing reads them from module globals).
 * Returns destroy(), which removes every listener, aborts the geometry fetch
 * and removes the map.
 */
import { OPERATION } from './data/operation.ts';
import type { Theme } from './data/palette.ts';
import type { Operation } from './data/types.ts';
import type { AppOptions, ThemeOption } from './app-options.ts';
import { loadMap } from './app/load-map.ts';
import { bindUrl } from './app/url-sync.ts';
import { bindSheet, cameraPadding, coverInsets } from './app/sheet.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMapKey } from './panels/map-key.ts';
import { mountPanel } from './panels/mount-panel.ts';
import { mountParticipantList } from './panels/participant-list.ts';
import { mountNotice } from './panels/notice.ts';
import { mountTableView } from './panels/table-view.ts';
import { mountAnnouncer } from './a11y/announcer.ts';
import { mountStaticMap } from './static/mount-static-map.ts';
import { mountEmbed } from './embed/mount-embed.ts';
import { normalizeCountry } from './state/normalize-country.ts';
import {
  createReducer,
  initialState,
  OVERVIEW,
  selectionKey,
  selectionOf,
  type Action,
  type State,
} from './state/reducer.ts';
import { createStore, type Store } from './state/store.ts';
import { hashVocabulary, parseHash } from './state/url-state.ts';
import { isStrikeId } from './data/strikes.ts';
import { strikeRedirect } from './app/strike-redirect.ts';
import { inSteps } from './app/in-steps.ts';
import { yieldToMain } from './dom/yield-to-main.ts';
import { mountAttacks } from './story/attacks.ts';
import { mountTimeline } from './story/timeline.ts';
import { mountTour } from './story/tour.ts';
import { EN_I18N, type I18n } from './i18n/i18n.ts';
import type { Lang } from './i18n/langs.ts';

export interface App {
  readonly store: Store<State, Action>;
  destroy(): void;
}

const need = (root: ParentNode, sel: string): HTMLElement => {
  const el = root.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/** What the app needs besides the operation: its language (the operation passed in is already in it). */
export interface AppLanguage {
  readonly i18n: I18n;
  /** A host page asked for another language (embed `lang` command). */
  readonly onLang?: (lang: Lang) => void;
}

export function createApp(
  root: HTMLElement,
  options: AppOptions,
  op: Operation = OPERATION,
  language: AppLanguage = { i18n: EN_I18N },
): App {
  const { i18n } = language;
  // An old `#strike=2016-08` link goes to that operation's own page.
  const redirect = strikeRedirect(location.hash, op);
  if (redirect) location.replace(redirect);
  const vocab = hashVocabulary(op);
  const fromHash = parseHash(location.hash, vocab);
  // `country=` in the query is the host's initial selection, read like the hash's and the messages'.
  const queried = options.country && !location.hash ? normalizeCountry(options.country, vocab.keys) : null;
  const start = queried ? { selection: selectionOf(queried), notice: null } : fromHash;
  const store = createStore(createReducer(op), initialState(start.selection, start.notice, op.strike.id));
  const startStrike = 'strike' in start ? start.strike : undefined;
  if (startStrike) store.dispatch({ type: 'strike', strike: startStrike });
  if ('step' in start && start.step) store.dispatch({ type: 'step', step: start.step });
  else if (isStrikeId(options.strike) && !startStrike && !location.hash)
    store.dispatch({ type: 'strike', strike: options.strike });

  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let themeOption: ThemeOption = options.theme;
  const theme = (): Theme => (themeOption === 'auto' ? (dark.matches ? 'dark' : 'light') : themeOption);
  const applyTheme = () => {
    if (themeOption === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = themeOption;
  };
  applyTheme();
  /** A host page's theme command (embed mode). */
  const setTheme = (t: ThemeOption) => {
    if (t === themeOption) return;
    themeOption = t;
    applyTheme();
    map.setTheme(theme());
  };
  document.documentElement.classList.toggle('op-embed', options.embed);

  const status = need(root, '#op-map-status');
  const mapBox = need(root, '#op-map');
  const panel = need(root, '#op-panel');
  const tourEl = need(root, '#op-tour');
  // First, in this task: the picture's hand-over, the URL binding and the map's start (its chunk is
  // fetched after the first frame). The views follow one task each (inSteps), what is on screen first:
  // the panel, then the list, then the legend and key, then the story (timeline, attacks, tour), then the
  // header's share and embed tools, last the hidden table. The page's prerendered HTML shows meanwhile.
  const picture = mountStaticMap(mapBox, store, op);
  const views: Array<{ destroy(): void }> = [
    picture,
    bindUrl(store, vocab, window, { push: !options.embed }),
  ];
  const map = loadMap({
    container: mapBox,
    store,
    op,
    i18n,
    theme,
    hasStatic: picture.present,
    padding: (base) => cameraPadding(mapBox, [panel, tourEl], base),
    // An embed's card sits in the map's frame and moves with it (a phone's fixed sheet does not): labels keep off it.
    covered: () =>
      coverInsets(
        mapBox,
        [panel, tourEl].filter((c) => getComputedStyle(c).position !== 'fixed'),
      ),
    // A card that changes size without a camera move (another text, a collapse) re-reads what it covers.
    coverCards: [panel, tourEl],
    // Embedded, or on a touch screen: one finger scrolls the page, two move the map.
    cooperativeGestures: options.embed || window.matchMedia('(pointer: coarse)').matches,
    forceStatic: options.static,
    debug: options.debug,
    showMessage: (text) => {
      status.textContent = text;
      status.hidden = false;
    },
  });
  let list: ReturnType<typeof mountParticipantList> | null = null;
  let destroyed = false;
  void inSteps(
    [
      () =>
        views.push(
          mountPanel(panel, store, op, { focusOnChange: true }, i18n),
          // After the panel: on a selection, the sheet measures the panel the panel has just rendered.
          bindSheet(store, mapBox, [panel, tourEl], () => motion.matches),
          mountNotice(need(root, '#op-notice'), store, i18n),
          mountAnnouncer(need(root, '#op-announcer'), store, op, i18n),
        ),
      () => {
        list = mountParticipantList(need(root, '#op-participants'), store, op, i18n);
        views.push(list);
      },
      // The legend's counts are the first plural messages: Intl.PluralRules' first use costs a task of its own.
      () =>
        views.push(
          mountLegend(need(root, '#op-legend'), store, op, i18n),
          mountMapKey(need(root, '#op-key'), store, op, i18n),
        ),
      () => views.push(mountTimeline(need(root, '#op-timeline'), need(root, '#op-strike'), store, op, i18n)),
      () =>
        views.push(
          mountAttacks(need(root, '#op-attacks'), store, op, i18n),
          mountTour(tourEl, store, op.tour, i18n),
        ),
      () =>
        views.push(
          mountEmbed(store, {
            options,
            vocab: { keys: vocab.keys, steps: vocab.steps },
            title: op.title,
            header: need(root, '.op-stage__tools'),
            footer: need(root, '.op-footer'),
            titleEl: need(root, '.op-title'),
            onTheme: (t) => setTheme(t),
            ...(language.onLang ? { onLang: language.onLang } : {}),
            i18n,
            selections: [
              ...op.participants.map((p) => ({ value: p.alpha2.toLowerCase(), label: p.name })),
              { value: 'hub', label: op.hub.name },
            ],
            // Each operation has its own page (and embed URL), so the dialog offers no strike to pick.
            strikes: [],
          }),
        ),
      () =>
        views.push(
          mountTableView(
            need(root, '#op-table'),
            need(root, '#op-table-toggle') as HTMLButtonElement,
            need(root, '.op-stage'),
            store,
            op,
            i18n,
          ),
        ),
    ],
    yieldToMain,
    () => destroyed,
  ).catch((error: unknown) => console.error('takedown-map: a view could not be mounted', error));

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (store.getState().step !== null) return store.dispatch({ type: 'step', step: null });
    const key = selectionKey(store.getState().selection);
    if (store.getState().selection.kind === 'overview') return;
    store.dispatch({ type: 'select', selection: OVERVIEW });
    list?.focus(key);
  };
  const onTheme = () => map.setTheme(theme());
  document.addEventListener('keydown', onKey);
  dark.addEventListener('change', onTheme);

  return {
    store,
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      dark.removeEventListener('change', onTheme);
      map.destroy();
      for (const v of views) v.destroy();
    },
  };
}
