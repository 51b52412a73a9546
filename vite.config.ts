/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { appPlugin } from './build/app-plugin.ts';
import { breakpointPlugin } from './build/breakpoint-plugin.ts';
import { SECURITY_HEADERS } from './build/csp.ts';
import { staticMapPlugin } from './build/static-map-plugin.ts';
import { dataDownloadsPlugin } from './build/data-downloads-plugin.ts';
import { fineOutlinesPlugin } from './build/fine-outlines-plugin.ts';
import { publishPlugin } from './build/publish-plugin.ts';
import { edition } from './build/edition.ts';

export default defineConfig({
  base: './',
  // The publish plugin stays last: it precompresses what the others emit.
  plugins: [breakpointPlugin(), appPlugin(), staticMapPlugin(), dataDownloadsPlugin(), fineOutlinesPlugin(), publishPlugin()],
  define: { __EDITION__: JSON.stringify(edition()) },
  build: {
    target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200, sourcemap: false,
    // Precompression (publishPlugin's writeBundle) takes most of the build by design: no timing warning for it.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], environment: 'node',
          fileParallelism: false, testTimeout: 60_000, hookTimeout: 90_000,
          // Map updates land after the next paint and, on a loaded machine, seconds later: one generous poll timeout.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
