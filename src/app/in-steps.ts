/**
 * Runs a start-up's pieces in order, one task each: `pause` (yieldToMain)
 * between two pieces lets the browser paint and handle input, so no piece's
 * cost adds to another's in one long task. Stops before the next piece once
 * `cancelled()` says so (the app was destroyed meanwhile). A piece that
 * throws stops the rest; the promise rejects with its error.
 */
export async function inSteps(
  steps: readonly (() => void)[],
  pause: () => Promise<void>,
  cancelled: () => boolean,
): Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    if (i > 0) await pause();
    if (cancelled()) return;
    steps[i]!();
  }
}
