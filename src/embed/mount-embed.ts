/**
 * Everything embedding adds to the app. In embed mode: the layout classes,
 * the "open the full map" link and, when framed, the auto-height poster and
 * the host channel. On the full page: the "Embed" button and its dialog.
 */
import type { AppOptions } from '../app-options.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';
import { bindHost } from './bind-host.ts';
import type { HostVocabulary } from './host-messages.ts';
import { embedUrls } from './embed-codes.ts';
import { mountEmbedDialog } from './mount-embed-dialog.ts';
import { mountFullLink } from './mount-full-link.ts';
import { postHeight } from './post-height.ts';

export interface MountEmbedOptions {
  readonly options: AppOptions;
  /** What host commands may name. */
  readonly vocab: HostVocabulary;
  readonly title: string;
  /** Where the full-page link goes (the footer). */
  readonly footer: HTMLElement;
  /** Where the "Embed" button goes (the tools beside the map title). */
  readonly header: HTMLElement;
}

export function mountEmbed(store: Store<State, Action>, o: MountEmbedOptions) {
  const html = document.documentElement;
  const fit = o.options.embed && o.options.fit;
  html.classList.toggle('op-fit', fit);
  const parts: Array<{ destroy(): void }> = [];
  if (o.options.embed) parts.push(mountFullLink(o.footer, store, location));
  else parts.push(mountEmbedDialog(o.header, { urls: embedUrls(location, document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href), title: o.title, clipboard: navigator.clipboard }));
  if (window.parent !== window) {
    parts.push(postHeight({ parent: window.parent, root: html, childId: o.options.childId }));
    parts.push(bindHost(store, { win: window, parent: window.parent, root: html, vocab: o.vocab }));
  }
  return {
    destroy() {
      for (const p of parts) p.destroy();
      html.classList.remove('op-fit');
    },
  };
}
