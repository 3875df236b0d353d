import { describe, expect, it } from "vitest";
import { historyScales } from "@/ui/mission/history-chart-scales";

const box = { x0: 40, x1: 340, y0: 100, y1: 10 };
const row = (startIso: string, endIso: string, distanceM: number, minM: number, maxM: number) => ({
  startMs: Date.parse(startIso),
  endMs: Date.parse(endIso),
  distanceM,
  minM,
  maxM,
});

describe("historyScales", () => {
  it("puts a 0 m strike on the same-point lane, not at an invented 1 m on the log axis", () => {
    const s = historyScales(
      [
        row("2024-01-02T07:30:00+02:00", "2024-01-02T09:00:00+02:00", 0, 0, 130),
        row("2022-04-28T00:00:00+03:00", "2022-04-29T00:00:00+03:00", 340, 0, 590),
      ],
      box,
    );
    expect(s.isSamePoint({ startMs: 0, endMs: 0, distanceM: 0, minM: 0, maxM: 130 })).toBe(true);
    expect(s.isSamePoint({ startMs: 0, endMs: 0, distanceM: 340, minM: 0, maxM: 590 })).toBe(false);
    // The axis is bracketed by the positive values only: 100 m … 1 km, not 1 m.
    expect(s.yTicks).toEqual([100, 1000]);
    expect(s.floorM).toBe(100);
    expect(s.y(0)).toBe(100);
    expect(s.y(1000)).toBe(10);
  });

  it("spans every row's whole time span, so a day-precision strike fits inside the axis", () => {
    const s = historyScales(
      [
        row("2022-04-28T00:00:00+03:00", "2022-04-29T00:00:00+03:00", 340, 0, 590),
        row("2025-11-14T01:00:00+02:00", "2025-11-14T01:00:00+02:00", 5, 0, 200),
      ],
      box,
    );
    expect(s.x(Date.parse("2022-04-28T00:00:00+03:00"))).toBeGreaterThan(box.x0);
    expect(s.x(Date.parse("2025-11-14T01:00:00+02:00"))).toBeLessThan(box.x1);
    expect(s.xTicks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
  });

  it("labels months under two years", () => {
    const s = historyScales(
      [
        row("2025-08-05T18:00:00Z", "2025-08-06T03:00:00Z", 5, 0, 50),
        row("2025-11-13T18:00:00Z", "2025-11-13T18:00:00Z", 50, 0, 500),
      ],
      box,
    );
    expect(s.xTicks.map((t) => t.label)).toEqual(["Sept 2025", "Oct", "Nov"]);
  });
});
