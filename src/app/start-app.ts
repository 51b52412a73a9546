/**
 * Starts the app in the reader's language: the `lang` flag, else the
 * language of a per-language page (`<html data-page-lang>`, dist/fr/ …),
 * else the browser's, else English. Another language's chunk is loaded and
 * the operation put into it; when the language is not the page's own, the
 * page's text is switched too (page-text.ts). Both are lazy, so the English
 * page's entry script carries neither. A host `lang` command starts the app
 * again in the new language (the selection, strike and step survive in the
 * URL hash). Returns destroy().
 */
import { createApp, type App } from '../app.ts';
import type { AppOptions } from '../app-options.ts';
import { OPERATION } from '../data/operation.ts';
import { pickLang, type Lang } from '../i18n/langs.ts';
import { loadI18n } from '../i18n/locale.ts';

export function startApp(root: HTMLElement, options: AppOptions): { destroy(): void } {
  let app: App | null = null;
  let current: Lang | null = null;
  let run = 0;
  const start = (lang: Lang) => {
    if (lang === current) return;
    const mine = ++run;
    const pageLang = document.documentElement.lang;
    Promise.all([
      loadI18n(lang),
      lang === 'en' ? null : import('../i18n/localize.ts'),
      lang === pageLang ? null : import('./page-text.ts'),
    ]).then(
      ([i18n, localize, page]) => {
        if (mine !== run) return;
        app?.destroy();
        const op = localize ? localize.localizeOperation(OPERATION, i18n, i18n.content) : OPERATION;
        page?.applyPageText(root, op, i18n);
        current = lang;
        app = createApp(root, { ...options, lang }, op, { i18n, onLang: start });
      },
      (e: unknown) => {
        console.error(`takedown-map: language ${lang} could not be loaded`, e);
        if (lang !== 'en' && mine === run) start('en');
      },
    );
  };
  start(pickLang(options.lang, document.documentElement.dataset.pageLang ?? null, navigator.languages));
  return {
    destroy() {
      run++;
      app?.destroy();
      app = null;
    },
  };
}
