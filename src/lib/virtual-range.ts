/** Rows `[start, end)` of a fixed-height list to render; `end` is exclusive. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** Where a list sits in its scrolling container, all in CSS pixels. */
export interface ListViewport {
  /** The container's scroll offset from its top. */
  readonly scrollTopPx: number;
  /** The container's visible height; 0 when unknown (not laid out, hidden tab, jsdom). */
  readonly viewportPx: number;
  /** The list's top edge measured from the top of the container's scrolled content. */
  readonly listTopPx: number;
}

/** Rows rendered when the viewport height is unknown: enough to fill a tall panel. */
export const UNKNOWN_VIEWPORT_ROWS = 40;

/**
 * The rows of a list of `count` rows, each `rowPx` tall, that intersect the viewport, widened by
 * `overscanRows` on each side and clamped to `[0, count]`. With an unknown viewport height (0)
 * the first {@link UNKNOWN_VIEWPORT_ROWS} rows from the scroll position are returned.
 */
export function visibleRowRange(
  view: ListViewport,
  count: number,
  rowPx: number,
  overscanRows = 6,
): RowRange {
  if (count <= 0 || !(rowPx > 0)) return { start: 0, end: 0 };
  const fromPx = view.scrollTopPx - view.listTopPx;
  const first = Math.floor(fromPx / rowPx);
  const last =
    view.viewportPx > 0
      ? Math.ceil((fromPx + view.viewportPx) / rowPx)
      : Math.max(0, first) + UNKNOWN_VIEWPORT_ROWS;
  const start = clamp(first - overscanRows, 0, count);
  const end = clamp(last + overscanRows, start, count);
  return { start, end };
}

/**
 * The scroll offset that brings row `index` fully into view, moving as little as possible;
 * the current offset when it already is (or the viewport height is unknown).
 */
export function scrollTopForRow(view: ListViewport, index: number, rowPx: number): number {
  const rowTopPx = view.listTopPx + index * rowPx;
  if (view.viewportPx <= 0) return view.scrollTopPx;
  if (rowTopPx < view.scrollTopPx) return rowTopPx;
  if (rowTopPx + rowPx > view.scrollTopPx + view.viewportPx)
    return rowTopPx + rowPx - view.viewportPx;
  return view.scrollTopPx;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
