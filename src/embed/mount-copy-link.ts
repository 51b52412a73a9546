/**
 * "Copy link to this view": copies a URL that opens the map as the reader
 * sees it now (selection, strike or tour step in the hash). Where the
 * Clipboard API fails (no permission in a frame), the link is shown in a
 * read-only field, selected, for the reader to copy.
 */
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import type { Action, State } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export interface CopyLinkOptions {
  /** The URL of the current view. */
  readonly url: (s: State) => string;
  readonly clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  readonly i18n?: I18n;
}

export function mountCopyLink(host: HTMLElement, store: Store<State, Action>, o: CopyLinkOptions) {
  const i18n = o.i18n ?? EN_I18N;
  const button = h('button', { type: 'button', class: 'op-copy-link' }, i18n.t('embed.copyLink'));
  const field = h('input', {
    type: 'text',
    class: 'op-copy-link__field',
    readonly: true,
    'aria-label': i18n.t('embed.linkLabel'),
    hidden: true,
  });
  const status = h('span', { class: 'op-copy-link__status', role: 'status' });
  const box = h('span', { class: 'op-copy-link__box' }, button, field, status);
  host.append(box);
  let timer = 0;
  const onClick = async () => {
    const url = o.url(store.getState());
    clearTimeout(timer);
    try {
      if (!o.clipboard) throw new Error('no clipboard');
      await o.clipboard.writeText(url);
      field.hidden = true;
      status.textContent = i18n.t('embed.linkCopied');
      timer = window.setTimeout(() => {
        status.textContent = '';
      }, 4000);
    } catch {
      field.value = url;
      field.hidden = false;
      field.focus();
      field.select();
      status.textContent = i18n.t('embed.pressCopy');
    }
  };
  const onState = () => {
    if (!field.hidden) {
      field.hidden = true;
      status.textContent = '';
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (o.url(s) !== o.url(prev)) onState();
  });
  button.addEventListener('click', onClick);
  return {
    button,
    destroy() {
      clearTimeout(timer);
      unsubscribe();
      button.removeEventListener('click', onClick);
      box.remove();
    },
  };
}
