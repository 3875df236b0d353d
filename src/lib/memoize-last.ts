/**
 * Memoises a function on the identity (`===`) of its arguments, remembering the last `keep` calls
 * (1 by default; the most recent first). Used by selectors: store objects are replaced, never
 * mutated, so identity is a correct cache key. Selectors that are O(strikes) on new data keep 2,
 * so that a value computed ahead of a staged change (state/data-warmers.ts) survives a store
 * update that reads the same selector on the current state meanwhile.
 */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  keep = 1,
): (...args: A) => R {
  const entries: { args: A; result: R }[] = [];
  const same = (a: A, b: A) => a.length === b.length && a.every((value, i) => value === b[i]);
  return (...args: A): R => {
    const at = entries.findIndex((e) => same(e.args, args));
    if (at >= 0) {
      const hit = entries[at] as { args: A; result: R };
      if (at > 0) {
        entries.splice(at, 1);
        entries.unshift(hit);
      }
      return hit.result;
    }
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > keep) entries.length = keep;
    return result;
  };
}
