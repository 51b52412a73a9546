/**
 * The unit tests for Stryker (`npm run mutate`): the tests written against the
 * mutated modules themselves (src/state, src/geo, src/data, the message
 * parsers), in the node environment, without the E2E project.
 *
 * Left out: the tests of the views (panels, static picture, map style, DOM
 * renderers, i18n pages) and of the build steps. They reach src/geo and
 * src/state only through the views, so they cover nearly every mutant there
 * and Stryker would run a dozen of them, each rebuilding the map data, for
 * each one: the run took hours instead of minutes. The modules' own tests
 * must kill their mutants.
 */
import { defineConfig } from 'vitest/config';
import { UNIT_TEST_TIMEOUT } from '../e2e/timeouts.ts';

export default defineConfig({
  test: {
    include: [
      'test/unit/state/**/*.test.ts',
      'test/unit/geo/**/*.test.ts',
      'test/unit/data/**/*.test.ts',
      'test/unit/fuzz/**/*.test.ts',
      'test/unit/embed/host-messages*.test.ts',
      'test/unit/embed/messages.test.ts',
      'test/unit/embed/post-height.test.ts',
      'test/unit/embed/bind-host.test.ts',
      'test/unit/a11y/palette-vision.test.ts',
      'test/unit/mutation/**/*.test.ts',
    ],
    exclude: [
      // The tests that build maps from the world atlas (1:110m, and 1:50m for some): 0.5–2 s a run, and Stryker
      // reruns every test that covers a mutant, so with them src/geo took most of an hour. The same behaviour is
      // tested on a hand-made world in milliseconds (test/unit/geo/mini-world.ts, mini-map-data.test.ts); these
      // stay in `npm run test:unit`.
      'test/unit/geo/fine-outlines.test.ts',
      'test/unit/geo/cartography.test.ts',
      'test/unit/geo/map-data-file.test.ts',
      'test/unit/geo/build-map-data.test.ts',
      'test/unit/geo/build-map-data-edges.test.ts',
      'test/unit/geo/operation-maps.test.ts',
    ],
    environment: 'node',
    testTimeout: UNIT_TEST_TIMEOUT,
  },
});
