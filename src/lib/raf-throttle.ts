export interface Throttled<A extends readonly unknown[]> {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
  /** Runs a pending call now, if any. */
  flush(): void;
}

type Scheduler = (cb: () => void) => number;
type Canceller = (handle: number) => void;

/**
 * Coalesces calls to at most one per animation frame; the latest arguments win.
 * The scheduler is injectable so tests can drive frames by hand.
 */
export function rafThrottle<A extends readonly unknown[]>(
  fn: (...args: A) => void,
  schedule: Scheduler = (cb) => requestAnimationFrame(cb),
  cancelFrame: Canceller = (h) => cancelAnimationFrame(h),
): Throttled<A> {
  let pending: A | undefined;
  let handle: number | undefined;
  const run = () => {
    handle = undefined;
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  const throttled = ((...args: A) => {
    pending = args;
    if (handle === undefined) handle = schedule(run);
  }) as Throttled<A>;
  throttled.cancel = () => {
    if (handle !== undefined) cancelFrame(handle);
    handle = undefined;
    pending = undefined;
  };
  throttled.flush = () => {
    if (handle !== undefined) cancelFrame(handle);
    run();
  };
  return throttled;
}
