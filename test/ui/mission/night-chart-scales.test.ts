import { describe, expect, it } from "vitest";
import { chartScales } from "@/ui/mission/night-chart-scales";

const box = { x0: 40, x1: 340, y0: 100, y1: 10 };
const night = (iso: string, distanceM: number) => ({ nightStartMs: Date.parse(iso), distanceM });

describe("chartScales", () => {
  it("maps distance on a log scale by decades, 0 m at the bottom", () => {
    const { y, yTicks } = chartScales(
      [night("2025-08-05T18:00:00Z", 0), night("2025-11-13T18:00:00Z", 412_000)],
      box,
    );
    expect(yTicks).toEqual([1, 10, 100, 1000, 10_000, 100_000, 1_000_000]);
    expect(y(0)).toBe(100);
    expect(y(1)).toBe(100);
    expect(y(1_000_000)).toBe(10);
    expect(y(1000)).toBeCloseTo(55, 6);
  });

  it("labels months under two years and years beyond", () => {
    const short = chartScales(
      [night("2025-08-05T18:00:00Z", 5), night("2025-11-13T18:00:00Z", 50)],
      box,
    );
    expect(short.xTicks.map((t) => t.label)).toEqual(["Sep 2025", "Oct", "Nov"]);
    const long = chartScales(
      [night("2022-04-28T18:00:00Z", 5), night("2025-11-13T18:00:00Z", 50)],
      box,
    );
    expect(long.xTicks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
    expect(long.x(Date.parse("2022-04-27T18:00:00Z"))).toBeCloseTo(40, 6);
  });
});
