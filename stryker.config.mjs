// @ts-check
/**
 * Mutation testing of the pure modules (issue 12): `npm run mutate`. Runs the
 * unit tests only (test/mutation/vitest.config.ts), two at a time, and writes
 * reports/mutation/mutation.json (and an HTML report beside it).
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // The store, the reducer, the URL state and the selectors (selectors.ts, selectors-story.ts).
    'src/state/**/*.ts',
    'src/geo/**/*.ts',
    // The data layer: the zod schema and check-data's invariants (check/), the registry, pages, palette, patterns, the exports.
    'src/data/**/*.ts',
    // The operation folders are content (fact texts, citations, roles): data literals, not logic. Their mutants are
    // static (module-level) and check-data plus the content tests, not mutation, keep them right.
    '!src/data/operations/**',
    // The message parsers: host → map commands, map → host messages, the query flags, old `#strike=` links.
    'src/embed/host-messages.ts',
    'src/embed/messages.ts',
    'src/app-options.ts',
    'src/app/strike-redirect.ts',
    '!src/**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: false,
  // Module-level data literals (the fact texts) are static mutants: each needs a fresh test environment, 99 % of the time. Skipped.
  ignoreStatic: true,
  timeoutMS: 5_000,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
