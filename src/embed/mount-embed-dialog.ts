/**
 * The full page's "Embed" button and its native <dialog> with three
 * copy-ready codes. Escape closes (native); focus returns to the button.
 * Copy uses the Clipboard API; where that fails, the code is selected and
 * the status asks the reader to copy it.
 */
import { h } from '../dom/h.ts';
import { embedCodes, type EmbedUrls } from './embed-codes.ts';

export interface EmbedDialogOptions {
  readonly urls: EmbedUrls;
  readonly title: string;
  readonly clipboard?: Pick<Clipboard, 'writeText'> | undefined;
}

export function mountEmbedDialog(host: HTMLElement, o: EmbedDialogOptions) {
  const button = h('button', { type: 'button', class: 'op-embed-button', 'aria-haspopup': 'dialog' }, 'Embed');
  const close = h('button', { type: 'button', class: 'op-dialog__close', 'data-action': 'close' }, 'Close');
  const blocks = embedCodes(o.urls, o.title).map((c) => {
    const id = `op-embed-code-${c.id}`;
    const area = h('textarea', { id, class: 'op-code', readonly: true, rows: Math.min(8, c.code.split('\n').length + Math.ceil(c.code.length / 72)), spellcheck: 'false' });
    area.value = c.code;
    const status = h('span', { class: 'op-copy-status', role: 'status' });
    return h('section', { class: 'op-snippet' },
      h('h3', {}, h('label', { for: id }, c.label)),
      h('p', { class: 'op-hint' }, c.hint),
      area,
      h('p', { class: 'op-copy' },
        h('button', { type: 'button', class: 'op-copy__button', 'data-action': 'copy', 'data-target': id }, `Copy ${c.label.toLowerCase()} code`),
        ' ', status));
  });
  const dialog = h('dialog', { class: 'op-dialog', 'aria-labelledby': 'op-embed-title' },
    h('div', { class: 'op-dialog__head' }, h('h2', { id: 'op-embed-title' }, 'Embed this map'), close),
    h('p', {}, 'Paste one of these into your article. The map loads nothing from any other site.'),
    ...blocks);
  host.append(button, dialog);

  const copy = async (area: HTMLTextAreaElement, status: HTMLElement) => {
    try {
      if (!o.clipboard) throw new Error('no clipboard');
      await o.clipboard.writeText(area.value);
      status.textContent = 'Copied';
    } catch {
      area.focus();
      area.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
    }
  };
  const onOpen = () => dialog.showModal();
  const onClose = () => button.focus();
  const onClick = (e: MouseEvent) => {
    const t = (e.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (t?.dataset.action === 'close') dialog.close();
    if (t?.dataset.action === 'copy') {
      const area = dialog.querySelector<HTMLTextAreaElement>(`#${t.dataset.target}`);
      const status = t.parentElement?.querySelector<HTMLElement>('.op-copy-status');
      if (area && status) void copy(area, status);
    }
  };
  button.addEventListener('click', onOpen);
  dialog.addEventListener('click', onClick);
  dialog.addEventListener('close', onClose);
  return {
    destroy() {
      button.removeEventListener('click', onOpen);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      button.remove();
      dialog.remove();
    },
  };
}
