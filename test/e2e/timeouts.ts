/**
 * E2E waiting limits, set once (vite.config.ts reads them for the e2e project).
 * Generous on purpose: on a loaded 2-core machine a map update can land
 * seconds after the click. Waits end as soon as their condition holds, so
 * a generous limit costs nothing when the machine is idle.
 */
/** Default timeout of every `expect.poll` in the E2E project. */
export const POLL_TIMEOUT = 20_000;
/** Waiting for `data-map-state`, the map's `idle`, a frame to appear. */
export const STATE_TIMEOUT = 45_000;
/** One E2E test, and one beforeAll/afterAll hook. */
export const TEST_TIMEOUT = 180_000;
/** One unit test: most take milliseconds, but rendering the PNGs or the whole topology takes seconds on a loaded machine. */
export const UNIT_TEST_TIMEOUT = 60_000;
