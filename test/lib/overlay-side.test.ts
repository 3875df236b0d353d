import { describe, expect, it } from "vitest";
import { chooseOverlaySide, pointsUnder } from "@/lib/overlay-side";

/** A readout in the top-left corner of an 800 px tall map. */
const READOUT = { left: 8, top: 40, width: 300, height: 120 };
const H = 800;

describe("pointsUnder", () => {
  it("counts points inside the rect and its margin, not beyond", () => {
    const pts = [
      { x: 100, y: 100 },
      { x: 314, y: 100 },
      { x: 320, y: 100 },
      { x: 100, y: 500 },
    ];
    expect(pointsUnder(pts, READOUT, 8)).toBe(2);
    expect(pointsUnder(pts, READOUT, 0)).toBe(1);
  });
});

describe("chooseOverlaySide", () => {
  it("stays on top while no measured point is under the overlays", () => {
    expect(chooseOverlaySide([{ x: 600, y: 100 }], READOUT, H, "top")).toBe("top");
  });

  it("moves to the bottom edge when a point is under them and the bottom is clear", () => {
    expect(chooseOverlaySide([{ x: 100, y: 100 }], READOUT, H, "top")).toBe("bottom");
  });

  it("moves back to the top when a point comes under them at the bottom", () => {
    const atBottom = { ...READOUT, top: H - 40 - READOUT.height };
    expect(chooseOverlaySide([{ x: 100, y: 700 }], atBottom, H, "bottom")).toBe("top");
  });

  it("picks the side covering fewer points, and keeps its side on a tie", () => {
    const top = { x: 100, y: 100 };
    const bottom = { x: 100, y: 700 };
    expect(chooseOverlaySide([top, bottom], READOUT, H, "top")).toBe("top");
    expect(chooseOverlaySide([top, top, bottom], READOUT, H, "top")).toBe("bottom");
    expect(chooseOverlaySide([top, bottom, bottom], READOUT, H, "top")).toBe("top");
  });
});
