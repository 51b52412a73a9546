/**
 * The full page's "Embed" button. It is a real button with its name from the
 * start; the dialog behind it (embed-dialog.ts: options and three codes) is
 * its own chunk, loaded when the reader points at, focuses or presses the
 * button, built on the first press and opened. A chunk that fails to load
 * says so beside the button, and the next press tries again; nothing else
 * on the page depends on it.
 */
import { h } from '../dom/h.ts';
import { listen } from '../dom/listen.ts';
import { loadOnce } from '../dom/load-once.ts';
import { EN_I18N } from '../i18n/i18n.ts';
import type { EmbedDialogOptions } from './embed-dialog.ts';

export type { Choice, EmbedDialogOptions } from './embed-dialog.ts';

type DialogModule = typeof import('./embed-dialog.ts');

export function mountEmbedDialog(
  host: HTMLElement,
  o: EmbedDialogOptions,
  load: () => Promise<DialogModule> = () => import('./embed-dialog.ts'),
) {
  const i18n = o.i18n ?? EN_I18N;
  const button = h(
    'button',
    { type: 'button', class: 'op-embed-button', 'aria-haspopup': 'dialog' },
    i18n.t('embed.button'),
  );
  // Says only that the dialog could not be loaded (empty otherwise).
  const status = h('span', { class: 'op-embed-status', role: 'status' });
  host.append(button, status);
  const chunk = loadOnce(load);
  let dialog: ReturnType<DialogModule['embedDialog']> | null = null;
  let destroyed = false;
  const prefetch = () => void chunk().catch(() => undefined);
  const onOpen = () => {
    status.textContent = '';
    button.setAttribute('aria-busy', 'true');
    chunk().then(
      (m) => {
        button.removeAttribute('aria-busy');
        if (destroyed) return;
        dialog ??= m.embedDialog(host, button, o);
        dialog.open();
      },
      (error: unknown) => {
        button.removeAttribute('aria-busy');
        if (destroyed) return;
        console.error('takedown-map: the embed dialog could not be loaded', error);
        status.textContent = i18n.t('embed.loadFailed');
      },
    );
  };
  const off = [
    listen(button, 'click', onOpen),
    listen(button, 'pointerenter', prefetch),
    listen(button, 'focus', prefetch),
  ];
  return {
    destroy() {
      destroyed = true;
      for (const f of off) f();
      dialog?.destroy();
      button.remove();
      status.remove();
    },
  };
}
