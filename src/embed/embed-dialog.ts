/**
 * The "Embed" button's native <dialog> (its own chunk: mount-embed-dialog.ts
 * builds it when the button is first used): options (what to show, title,
 * theme, initial selection and strike) and three copy-ready codes that
 * follow them. Escape closes (native); focus returns to the button. Copy
 * uses the Clipboard API; where that fails, the code is selected and the
 * status asks the reader to copy it.
 */
import type { ShowOption, ThemeOption } from '../app-options.ts';
import { h } from '../dom/h.ts';
import { EN_I18N, type I18n } from '../i18n/i18n.ts';
import { LANG_NAMES, LANGS, isLang } from '../i18n/langs.ts';
import { DEFAULT_CHOICES, embedCodes, type EmbedChoices, type EmbedUrls } from './embed-codes.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface EmbedDialogOptions {
  readonly urls: EmbedUrls;
  readonly title: string;
  /** The initial selections an editor may pick: participants and the hub. */
  readonly selections?: readonly Choice[];
  /** The strikes an editor may pick (the first is the default). */
  readonly strikes?: readonly Choice[];
  readonly clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  readonly i18n?: I18n;
  /** Whether the operation has a guided tour (default true): without one, "Everything" names no tour. */
  readonly tour?: boolean;
}

const select = (name: string, label: string, choices: readonly Choice[]) => {
  const id = `op-embed-opt-${name}`;
  return h(
    'p',
    { class: 'op-embed-opt' },
    h('label', { for: id }, label),
    h('select', { id, name }, ...choices.map((c) => h('option', { value: c.value }, c.label))),
  );
};

/** The dialog for `button`, appended to `host` (closed); open() shows it. */
export function embedDialog(host: HTMLElement, button: HTMLButtonElement, o: EmbedDialogOptions) {
  const i18n = o.i18n ?? EN_I18N;
  const SHOW: readonly Choice[] = (['panel', 'map', 'full'] as const).map((value) => ({
    value,
    label: i18n.t(value === 'full' && o.tour === false ? 'embed.show.fullNoTour' : `embed.show.${value}`),
  }));
  const THEMES: readonly Choice[] = (['auto', 'light', 'dark'] as const).map((value) => ({
    value,
    label: i18n.t(`embed.theme.${value}`),
  }));
  // The reader's browser language by default; each language by its own name.
  const LANG_CHOICES: readonly Choice[] = [
    { value: '', label: i18n.t('embed.theme.auto') },
    ...LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] })),
  ];
  const close = h(
    'button',
    { type: 'button', class: 'op-dialog__close', 'data-action': 'close' },
    i18n.t('embed.close'),
  );
  const areas: HTMLTextAreaElement[] = [];
  const blocks = embedCodes(o.urls, o.title, DEFAULT_CHOICES, i18n.t('embed.code.amp.show')).map((c) => {
    const label = i18n.t(`embed.code.${c.id}`);
    const id = `op-embed-code-${c.id}`;
    const area = h('textarea', {
      id,
      class: 'op-code',
      readonly: true,
      rows: Math.min(8, c.code.split('\n').length + Math.ceil(c.code.length / 72)),
      spellcheck: 'false',
    });
    area.value = c.code;
    areas.push(area);
    const status = h('span', { class: 'op-copy-status', role: 'status' });
    return h(
      'section',
      { class: 'op-snippet' },
      h('h3', {}, h('label', { for: id }, label)),
      h('p', { class: 'op-hint' }, i18n.t(`embed.hint.${c.id}`)),
      area,
      h(
        'p',
        { class: 'op-copy' },
        h(
          'button',
          { type: 'button', class: 'op-copy__button', 'data-action': 'copy', 'data-target': id },
          i18n.t('embed.copyCode', { label: i18n.lower(label) }),
        ),
        ' ',
        status,
      ),
    );
  });
  const titleId = 'op-embed-opt-title';
  const form = h(
    'form',
    { class: 'op-embed-opts', 'aria-label': i18n.t('embed.options') },
    select('show', i18n.t('embed.shows'), SHOW),
    h(
      'p',
      { class: 'op-embed-opt op-embed-opt--check' },
      h('input', { type: 'checkbox', id: titleId, name: 'title', checked: true }),
      h('label', { for: titleId }, i18n.t('embed.showTitle')),
    ),
    select('theme', i18n.t('embed.theme'), THEMES),
    select('lang', i18n.t('embed.language'), LANG_CHOICES),
    select('country', i18n.t('embed.opensOn'), [
      { value: '', label: i18n.t('embed.overview') },
      ...(o.selections ?? []),
    ]),
    ...(o.strikes?.length ? [select('strike', i18n.t('embed.strike'), o.strikes)] : []),
  );
  const dialog = h(
    'dialog',
    { class: 'op-dialog', 'aria-labelledby': 'op-embed-title' },
    h(
      'div',
      { class: 'op-dialog__head' },
      h('h2', { id: 'op-embed-title' }, i18n.t('embed.dialogTitle')),
      close,
    ),
    h('p', {}, i18n.t('embed.intro')),
    form,
    ...blocks,
  );
  host.append(dialog);

  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;
  const choices = (): EmbedChoices => {
    const country = field('country')?.value ?? '';
    const strike = field('strike')?.value ?? '';
    return {
      show: (field('show')?.value ?? DEFAULT_CHOICES.show) as ShowOption,
      title: (field('title') as HTMLInputElement | null)?.checked ?? true,
      theme: (field('theme')?.value ?? DEFAULT_CHOICES.theme) as ThemeOption,
      country: country || null,
      strike: strike && strike !== o.strikes?.[0]?.value ? strike : null,
      lang: ((l) => (isLang(l) ? l : null))(field('lang')?.value),
    };
  };
  const onChange = () => {
    embedCodes(o.urls, o.title, choices(), i18n.t('embed.code.amp.show')).forEach((c, i) => {
      if (areas[i]) areas[i].value = c.code;
    });
    for (const s of dialog.querySelectorAll('.op-copy-status')) s.textContent = '';
  };
  const onSubmit = (e: Event) => e.preventDefault();

  const copy = async (area: HTMLTextAreaElement, status: HTMLElement) => {
    try {
      if (!o.clipboard) throw new Error('no clipboard');
      await o.clipboard.writeText(area.value);
      status.textContent = i18n.t('embed.copied');
    } catch {
      area.focus();
      area.select();
      status.textContent = i18n.t('embed.selectedCopy');
    }
  };
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
  dialog.addEventListener('click', onClick);
  dialog.addEventListener('close', onClose);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', onSubmit);
  return {
    open() {
      if (!dialog.open) dialog.showModal();
    },
    destroy() {
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('close', onClose);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
