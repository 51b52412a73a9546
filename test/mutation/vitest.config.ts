/**
 * The unit tests alone, for Stryker (`npm run mutate`): the same files as the
 * `unit` project of vite.config.ts, without the E2E project.
 */
import { defineConfig } from 'vitest/config';
import { UNIT_TEST_TIMEOUT } from '../e2e/timeouts.ts';

export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: UNIT_TEST_TIMEOUT },
});
