import { describe, expect, it } from "vitest";
import { nextSnap, SHEET_MIN_SHARE, SHEET_SHARES, shareAtY, snapAt } from "@/lib/sheet-snap";

describe("bottom sheet snaps", () => {
  it("measures the sheet's share from the bottom of the area", () => {
    // Area from y=100 to y=700 (600 px): a top edge at y=400 leaves 300 px, half.
    expect(shareAtY(400, 100, 600)).toBeCloseTo(0.5);
    expect(shareAtY(250, 100, 600)).toBeCloseTo(0.75);
  });
  it("keeps a dragged share between the minimum and the full snap", () => {
    expect(shareAtY(0, 100, 600)).toBe(SHEET_SHARES.full);
    expect(shareAtY(690, 100, 600)).toBe(SHEET_MIN_SHARE);
    expect(shareAtY(300, 100, 0)).toBe(SHEET_SHARES.half);
  });
  it("rests at the nearest snap when released slowly", () => {
    expect(snapAt(0.3)).toBe("half");
    expect(snapAt(0.66)).toBe("half");
    expect(snapAt(0.7)).toBe("full");
    expect(snapAt(0.84, 0.5)).toBe("full");
  });
  it("follows a fling past the nearer snap", () => {
    expect(snapAt(0.52, 2)).toBe("full");
    expect(snapAt(0.83, -2)).toBe("half");
  });
  it("cycles half and full from the handle button", () => {
    expect(nextSnap("half")).toBe("full");
    expect(nextSnap("full")).toBe("half");
  });
});
