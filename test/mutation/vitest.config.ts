/**
 * The unit tests for Stryker (`npm run mutate`): the `unit` project of
 * vite.config.ts without the E2E project, and without the tests of the build
 * steps (Vite plugins, PNG rendering, publishing, the 1:50m outlines, the
 * static picture's simplification), which exercise no mutated module beyond
 * what the pure tests do and take seconds to load each time Stryker runs them.
 */
import { defineConfig } from 'vitest/config';
import { UNIT_TEST_TIMEOUT } from '../e2e/timeouts.ts';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    exclude: [
      'test/unit/static/static-html.test.ts',
      'test/unit/publish/**',
      'test/unit/geo/fine-outlines.test.ts',
      'test/unit/embed/loader-file.test.ts',
      // src/static and build/static-topology.ts are not mutated: their own tests kill nothing there.
      'test/unit/static/static-topology.test.ts',
      'test/unit/static/relative-path.test.ts',
    ],
    environment: 'node',
    testTimeout: UNIT_TEST_TIMEOUT,
  },
});
