/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { appPlugin } from './build/app-plugin.ts';
import { breakpointPlugin } from './build/breakpoint-plugin.ts';
import { campaignPlugin } from './build/campaign-plugin.ts';
import { SECURITY_HEADERS } from './build/csp.ts';
import { operationPagesPlugin } from './build/operation-pages-plugin.ts';
import { pageKit } from './build/page-kit.ts';
import { mapDataPlugin } from './build/map-data-plugin.ts';
import { publishPlugin } from './build/publish-plugin.ts';
import { preloadPlugin } from './build/preload-plugin.ts';
import { trimMapLibreCssPlugin } from './build/trim-css.ts';
import { edition } from './build/edition.ts';
import { POLL_TIMEOUT, TEST_TIMEOUT, UNIT_TEST_TIMEOUT } from './test/e2e/timeouts.ts';

const kit = pageKit();
const TRANSLATION_MODULE = /\/src\/data\/operations\/([^/]+)\/translations\/([a-z]{2})\.ts$/;

export default defineConfig({
  base: './',
  // The publish plugin stays last: it precompresses what the others emit.
  plugins: [
    breakpointPlugin(),
    trimMapLibreCssPlugin(),
    appPlugin(kit),
    // Every operation's page (renderPage: text, static twin, prerendered views, downloads) and operations.json.
    operationPagesPlugin(kit),
    // The campaign timeline's entries, labels and axis (no other operation's chunk, no d3 at start).
    campaignPlugin(kit),
    mapDataPlugin(kit),
    preloadPlugin(),
    publishPlugin(),
  ],
  define: { __EDITION__: JSON.stringify(edition()) },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
    // Precompression (publishPlugin's writeBundle) takes most of the build by design: no timing warning for it.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: {
        // An operation's translation (src/data/operations/<slug>/translations/<lang>.ts) is named after its
        // operation, assets/<slug>-<lang>-<hash>.js, so its bytes count as that operation's own (size budget).
        chunkFileNames: (c) => {
          const m = TRANSLATION_MODULE.exec(c.facadeModuleId ?? '');
          return m ? `assets/${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: UNIT_TEST_TIMEOUT,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: TEST_TIMEOUT,
          hookTimeout: TEST_TIMEOUT,
          expect: { poll: { timeout: POLL_TIMEOUT, interval: 50 } },
        },
      },
    ],
  },
});
