import { describe, expect, it } from "vitest";
import { scrollTopForRow, UNKNOWN_VIEWPORT_ROWS, visibleRowRange } from "@/lib/virtual-range";

const view = (scrollTopPx: number, viewportPx: number, listTopPx = 0) =>
  Object.freeze({ scrollTopPx, viewportPx, listTopPx });

describe("visibleRowRange", () => {
  it("covers the viewport plus the overscan on both sides", () => {
    // 480 px from row 10 (px 480) to row 20 (px 960) at 48 px a row.
    expect(visibleRowRange(view(480, 480), 1000, 48, 2)).toEqual({ start: 8, end: 22 });
  });

  it("accounts for content above the list in the same scroller", () => {
    // The list starts 300 px down; scrolled 300 px means the list's top is at the viewport top.
    expect(visibleRowRange(view(300, 96, 300), 1000, 48, 0)).toEqual({ start: 0, end: 2 });
    // Not yet scrolled: only 96 - 300 < 0 px of the list are visible, so no row but the overscan.
    expect(visibleRowRange(view(0, 96, 300), 1000, 48, 1)).toEqual({ start: 0, end: 0 });
  });

  it("includes a partly visible row at each edge", () => {
    expect(visibleRowRange(view(50, 100), 1000, 48, 0)).toEqual({ start: 1, end: 4 });
  });

  it("clamps to the list", () => {
    expect(visibleRowRange(view(0, 10_000), 5, 48, 6)).toEqual({ start: 0, end: 5 });
    expect(visibleRowRange(view(1e9, 500), 5, 48, 6)).toEqual({ start: 5, end: 5 });
    expect(visibleRowRange(view(0, 500), 0, 48)).toEqual({ start: 0, end: 0 });
  });

  it("renders a fixed number of rows when the viewport height is unknown", () => {
    expect(visibleRowRange(view(0, 0), 1000, 48, 0)).toEqual({
      start: 0,
      end: UNKNOWN_VIEWPORT_ROWS,
    });
  });
});

describe("scrollTopForRow", () => {
  it("moves up to a row above the viewport", () => {
    expect(scrollTopForRow(view(480, 240, 100), 2, 48)).toBe(196);
  });
  it("moves down just enough for a row below the viewport", () => {
    // Row 20 spans 960–1008 px; the viewport must end at 1008.
    expect(scrollTopForRow(view(0, 240), 20, 48)).toBe(768);
  });
  it("keeps the offset for a visible row or an unknown viewport", () => {
    expect(scrollTopForRow(view(480, 240), 11, 48)).toBe(480);
    expect(scrollTopForRow(view(480, 0), 900, 48)).toBe(480);
  });
});
