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
  // Plain loops: selectors run on every step of the time slider.
  const same = (a: A, b: A) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  return (...args: A): R => {
    for (let at = 0; at < entries.length; at++) {
      const hit = entries[at] as { args: A; result: R };
      if (!same(hit.args, args)) continue;
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
