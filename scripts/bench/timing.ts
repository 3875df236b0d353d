/** Timing helpers for the Node benchmark: warm up, run several times, report the median. */

export interface Timing<T> {
  /** Median wall time of the warm runs (all but the first), milliseconds. */
  readonly medianMs: number;
  /** The first (cold: JIT not warmed up) run, milliseconds. */
  readonly firstMs: number;
  /** Result of the last run (so the work cannot be optimised away and can be checked). */
  readonly result: T;
}

/** Runs `fn` `runs` times; the first run is reported as cold, the median of the rest as warm. */
export function measure<T>(fn: () => T, runs = 5): Timing<T> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  const firstMs = times[0] ?? Number.NaN;
  const warm = (times.length > 1 ? times.slice(1) : times).sort((a, b) => a - b);
  return {
    medianMs: warm[Math.floor(warm.length / 2)] ?? Number.NaN,
    firstMs,
    result: result as T,
  };
}

/** Rounds for display: 3 significant digits, at least 0 decimals. */
export function fmt(x: number | null | undefined, unit = ""): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3;
  return `${x.toFixed(digits)}${unit}`;
}

/** Prints a plain-text table with padded columns. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((s, c) => s.padEnd(widths[c] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
