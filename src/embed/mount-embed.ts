/**
 * Everything embedding adds to the app. In embed mode: the layout classes
 * (src/styles/embed.css), the "open the full map" link and, when framed, the
 * auto-height poster and the host channel. On the full page: the "Embed"
 * button and its dialog. Both: "Copy link to this view" and the dates.
 *
 * Layout classes on <html>: `op-embed`; `op-compact` unless `show=full` (the
 * map with its key and the selection's card over the map, the rest one tap
 * away); `op-show-map` for `show=map` (no list of countries); `op-fit` for
 * `fit=1` (everything inside a fixed-height frame); `op-no-title` for `title=0`.
 */
import type { AppOptions, ThemeOption } from '../app-options.ts';
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/langs.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { serializeHash } from '../state/url-state.ts';
import { bindHost } from './bind-host.ts';
import type { HostVocabulary } from './host-messages.ts';
import { embedUrls, fullPageUrl } from './embed-codes.ts';
import { mountCopyLink } from './mount-copy-link.ts';
import { mountCredit } from './mount-credit.ts';
import { mountEmbedDialog, type Choice } from './mount-embed-dialog.ts';
import { mountFullLink } from './mount-full-link.ts';
import { postHeight } from './post-height.ts';
import { layoutClasses } from './layout-classes.ts';

export { layoutClasses } from './layout-classes.ts';

export interface MountEmbedOptions {
  readonly options: AppOptions;
  /** What host commands may name. */
  readonly vocab: HostVocabulary;
  readonly title: string;
  /** Where the full-page link and the dates go (the footer). */
  readonly footer: HTMLElement;
  /** Where the "Embed" button goes (the tools beside the map title). */
  readonly header: HTMLElement;
  /** The page's <h1>: in a compact embed its part after the colon may drop on narrow frames. */
  readonly titleEl?: HTMLElement;
  /** The host page asked for a theme. */
  readonly onTheme?: (theme: ThemeOption) => void;
  /** The host page asked for a language. */
  readonly onLang?: (lang: Lang) => void;
  /** The reader's language. */
  readonly i18n?: I18n;
  /** For the embed dialog: initial selections and strikes an editor may pick (default strike first). */
  readonly selections?: readonly Choice[];
  readonly strikes?: readonly Choice[];
}

/** Splits "Main: rest" into a lead that always shows and a rest narrow frames drop visually. */
function splitTitle(el: HTMLElement): () => void {
  const text = el.textContent ?? '';
  const at = text.indexOf(': ');
  if (at < 1) return () => undefined;
  el.replaceChildren(
    h('span', { class: 'op-title__lead' }, text.slice(0, at)),
    h('span', { class: 'op-title__rest' }, text.slice(at)),
  );
  return () => {
    el.textContent = text;
  };
}

export function mountEmbed(store: Store<State, Action>, o: MountEmbedOptions) {
  const html = document.documentElement;
  const classes = layoutClasses(o.options);
  const i18n = o.i18n ?? EN_I18N;
  html.classList.add(...classes);
  const parts: Array<{ destroy(): void }> = [];
  const edition = typeof __EDITION__ === 'undefined' ? null : __EDITION__;
  if (edition) parts.push(mountCredit(o.footer, edition, i18n, classes.includes('op-compact')));
  const links = h('p', { class: 'op-share' });
  o.footer.append(links);
  if (o.options.embed) {
    parts.push(mountFullLink(links, store, location, i18n));
    parts.push(
      mountCopyLink(links, store, {
        url: (s) => fullPageUrl(location, s.selection, s),
        clipboard: navigator.clipboard,
        i18n,
      }),
    );
    if (o.options.show !== 'full' && o.titleEl) parts.push({ destroy: splitTitle(o.titleEl) });
  } else {
    const urls = embedUrls(location, document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href);
    parts.push(
      mountCopyLink(o.header, store, {
        url: (s) => urls.page + location.search + serializeHash(s.selection, s),
        clipboard: navigator.clipboard,
        i18n,
      }),
    );
    parts.push(
      mountEmbedDialog(o.header, {
        urls,
        title: o.title,
        clipboard: navigator.clipboard,
        i18n,
        tour: o.vocab.steps > 0,
        ...(o.selections ? { selections: o.selections } : {}),
        ...(o.strikes ? { strikes: o.strikes } : {}),
      }),
    );
  }
  if (window.parent !== window) {
    parts.push(postHeight({ parent: window.parent, root: html, childId: o.options.childId }));
    parts.push(
      bindHost(store, {
        win: window,
        parent: window.parent,
        root: html,
        vocab: o.vocab,
        ...(o.onTheme ? { onTheme: o.onTheme } : {}),
        ...(o.onLang ? { onLang: o.onLang } : {}),
      }),
    );
  }
  return {
    destroy() {
      for (const p of parts) p.destroy();
      links.remove();
      html.classList.remove(...classes);
    },
  };
}
