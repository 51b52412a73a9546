/**
 * A chunk loaded when first needed: every call shares one `import()` promise; a load that fails is
 * forgotten, so the next call (the reader's next click) tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
