/**
 * Memoises a function on the identity (`===`) of its arguments, remembering only the last call.
 * Used by selectors: store objects are replaced, never mutated, so identity is a correct cache key.
 */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (
      lastArgs !== undefined &&
      lastArgs.length === args.length &&
      lastArgs.every((value, i) => value === args[i])
    ) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
