/**
 * The build's way to the data: build/pages.ts loaded through Vite's module
 * runner, once per build (the registry finds the operation folders with
 * import.meta.glob, which a bundled vite.config cannot run). One kit is made
 * in vite.config.ts and shared by the plugins that need it.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export type Kit = typeof import('./pages.ts');

export interface PageKit {
  (): Promise<Kit>;
}

export function pageKit(root: string = resolve(import.meta.dirname, '..')): PageKit {
  let loaded: Promise<Kit> | null = null;
  return () =>
    (loaded ??= runnerImport<Kit>(resolve(root, 'build/pages.ts'), {
      root,
      configFile: false,
      logLevel: 'error',
    }).then((r) => r.module));
}
