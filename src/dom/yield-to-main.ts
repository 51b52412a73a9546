/**
 * Lets the browser paint and handle input between two pieces of work:
 * scheduler.yield() where the browser has it (the rest of the work keeps its
 * place in line), else a new task.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
