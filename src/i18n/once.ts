/** `make`'s value, made on the first call and kept: for what costs something to make and may not be needed. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
