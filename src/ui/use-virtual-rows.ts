import { type RefObject, useCallback, useLayoutEffect, useMemo, useState } from "react";
import {
  type ListViewport,
  type RowRange,
  scrollTopForRow,
  visibleRowRange,
} from "@/lib/virtual-range";

/** The nearest ancestor that scrolls vertically (the panel), or null. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === "auto" || overflowY === "scroll") return p;
  }
  return null;
}

/**
 * The viewport, and whether the list is shown: hidden (a phone's inactive tab) its scroller has no
 * height; without a scroller (not laid out, as in jsdom) it counts as shown.
 */
interface View extends ListViewport {
  readonly shown: boolean;
}
const UNMEASURED: View = { scrollTopPx: 0, viewportPx: 0, listTopPx: 0, shown: true };

function measure(list: HTMLElement, scroller: HTMLElement | null): View {
  if (!scroller) return UNMEASURED;
  const listTopPx =
    list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const viewportPx = scroller.clientHeight;
  return { scrollTopPx: scroller.scrollTop, viewportPx, listTopPx, shown: viewportPx > 0 };
}

const sameView = (a: View, b: View) =>
  a.scrollTopPx === b.scrollTopPx &&
  a.viewportPx === b.viewportPx &&
  a.listTopPx === b.listTopPx &&
  a.shown === b.shown;

/**
 * Windowing for a list of `count` rows of `rowPx` pixels inside a scrolling panel: returns the
 * rows to render and `scrollToRow(i)`, which scrolls the panel so row i is in view. Only the
 * rendered rows exist in the DOM, so a window of 100 000 strikes costs as much as one of 50.
 * Lists of at most `renderAllUpTo` rows are rendered whole (cheap, and the browser's find works).
 */
export function useVirtualRows(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  rowPx: number,
  renderAllUpTo = 0,
): RowRange & {
  /** The first row at least partly in view (for the tab stop), or `start` when unknown. */
  firstVisible: number;
  /** Rows that fit in the viewport (Page Up/Down), at least 1; 10 when unknown. */
  pageRows: number;
  /** Whether the list is shown (its scroller has a height). */
  shown: boolean;
  scrollToRow(index: number): void;
} {
  const [view, setView] = useState<View>(UNMEASURED);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const scroller = scrollParent(list);
    const update = () => {
      const next = measure(list, scroller);
      setView((prev) => (sameView(prev, next) ? prev : next));
    };
    update();
    if (!scroller) return;
    scroller.addEventListener("scroll", update, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(update) : undefined;
    resize?.observe(scroller);
    return () => {
      scroller.removeEventListener("scroll", update);
      resize?.disconnect();
    };
  }, [listRef]);

  const scrollToRow = useCallback(
    (index: number) => {
      const list = listRef.current;
      if (!list) return;
      const scroller = scrollParent(list);
      const now = measure(list, scroller);
      const top = scrollTopForRow(now, index, rowPx);
      if (scroller && top !== now.scrollTopPx) scroller.scrollTop = top;
      // Render the row at once; the scroll event then confirms the offset the browser applied.
      setView(
        now.viewportPx > 0
          ? { ...now, scrollTopPx: top }
          : { ...now, scrollTopPx: now.listTopPx + index * rowPx },
      );
    },
    [listRef, rowPx],
  );

  const range = useMemo(
    () => (count <= renderAllUpTo ? { start: 0, end: count } : visibleRowRange(view, count, rowPx)),
    [view, count, rowPx, renderAllUpTo],
  );
  const firstVisible = Math.min(
    Math.max(range.start, Math.floor((view.scrollTopPx - view.listTopPx) / rowPx)),
    Math.max(range.start, range.end - 1),
  );
  const pageRows = view.viewportPx > 0 ? Math.max(1, Math.floor(view.viewportPx / rowPx) - 1) : 10;
  return { ...range, firstVisible, pageRows, shown: view.shown, scrollToRow };
}
