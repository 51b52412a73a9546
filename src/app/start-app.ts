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
import { loadOperation } from '../data/pages.ts';
import { pickLang, type Lang } from '../i18n/langs.ts';
import { withContent } from '../i18n/i18n.ts';
import { loadI18n } from '../i18n/locale.ts';
import { loadOperationContent } from '../i18n/operation-content.ts';

export function startApp(root: HTMLElement, options: AppOptions): { destroy(): void } {
  let app: App | null = null;
  let current: Lang | null = null;
  let run = 0;
  const start = (lang: Lang) => {
    if (lang === current) return;
    const mine = ++run;
    const pageLang = document.documentElement.lang;
    // The page's operation, named on <html data-operation> (build/pages.ts): the default one is in
    // this chunk, the others are chunks of their own (data/pages.ts).
    const slug = document.documentElement.dataset.operation ?? OPERATION.slug;
    Promise.all([
      loadI18n(lang),
      slug === OPERATION.slug ? OPERATION : loadOperation(slug),
      lang === 'en' ? null : import('../i18n/localize.ts'),
      lang === pageLang ? null : import('./page-text.ts'),
      loadOperationContent(slug, lang),
    ]).then(
      ([shared, base, localize, page, own]) => {
        if (mine !== run) return;
        if (!base) throw new Error(`no operation '${slug}'`);
        app?.destroy();
        // Content translations are keyed by English text: the shared ones and the operation's own
        // (its folder's translations/<lang>.ts); a text without one stays in English.
        const i18n = withContent(shared, own);
        const op = localize ? localize.localizeOperation(base, i18n, i18n.content) : base;
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
