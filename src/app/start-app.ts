/**
 * Starts the app in the reader's language: the `lang` flag, else the
 * language of a per-language page (`<html data-page-lang>`, dist/fr/ …),
 * else the browser's, else English. The language's chunk is loaded, the
 * operation and "About this map" are put into it, and createApp runs. A host
 * `lang` command starts it again in the new language (the selection, strike
 * and step survive in the URL hash). Returns destroy().
 */
import { createApp, type App } from '../app.ts';
import type { AppOptions } from '../app-options.ts';
import { ABOUT } from '../data/about.ts';
import { OPERATION } from '../data/operation.ts';
import { pickLang, type Lang } from '../i18n/langs.ts';
import { loadI18n } from '../i18n/locale.ts';
import { localizeAbout, localizeOperation } from '../i18n/localize.ts';

export function startApp(root: HTMLElement, options: AppOptions): { destroy(): void } {
  let app: App | null = null;
  let current: Lang | null = null;
  let run = 0;
  const start = (lang: Lang) => {
    if (lang === current) return;
    const mine = ++run;
    loadI18n(lang).then(
      (i18n) => {
        if (mine !== run) return;
        app?.destroy();
        current = lang;
        app = createApp(root, { ...options, lang }, localizeOperation(OPERATION, i18n, i18n.content), {
          i18n,
          about: localizeAbout(ABOUT, lang, i18n.content),
          onLang: start,
        });
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
