export interface Debounced<A extends readonly unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/**
 * Calls `fn` once `waitMs` after the last call (trailing edge, latest arguments). Used to keep
 * heavy recomputation (clusters) out of the frames of a moving time window.
 */
export function debounce<A extends readonly unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = ((...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, waitMs);
  }) as Debounced<A>;
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
