import { describe, expect, it } from "vitest";
import { binEdges, binStrikes, MAX_BINS } from "@/analysis/bins";
import { InvalidArgumentError } from "@/analysis/errors";
import { ZoneTimeline, zoneOffsetMs } from "@/analysis/time-zone";
import { deepFreeze, fixture } from "./helpers";

interface BinCase {
  label: string;
  domain: [string, string];
  unit: "hour" | "day" | "week";
  timeZone: string;
  edges: string[];
}
const golden = fixture<{
  binCases: BinCase[];
  countCase: {
    domain: [string, string];
    unit: "day";
    timeZone: string;
    timesMs: number[];
    counts: number[];
  };
}>("analysis/time.json");
const H = 3_600_000;
const dom = (d: [string, string]) => ({ startMs: Date.parse(d[0]), endMs: Date.parse(d[1]) });

describe("binEdges golden cases (edges found by scanning Intl minute by minute)", () => {
  for (const c of golden.binCases) {
    it(c.label, () => {
      const edges = binEdges(dom(c.domain), c.unit, c.timeZone).map((t) =>
        new Date(t).toISOString(),
      );
      expect(edges).toEqual(c.edges);
    });
  }
});

describe("DST in Europe/Kyiv", () => {
  it("30 March 2025 is a 23-hour day with 23 hourly bins", () => {
    const [day] = binStrikes([], dom(["2025-03-29T22:00:00Z", "2025-03-29T22:00:01Z"]), "day");
    expect(day && day.endMs - day.startMs).toBe(23 * H);
    expect(binEdges({ startMs: day?.startMs ?? 0, endMs: day?.endMs ?? 0 }, "hour")).toHaveLength(
      24,
    );
  });

  it("26 October 2025 is a 25-hour day with 25 hourly bins (03:00 occurs twice)", () => {
    const [day] = binStrikes([], dom(["2025-10-25T21:00:00Z", "2025-10-25T21:00:01Z"]), "day");
    expect(day && day.endMs - day.startMs).toBe(25 * H);
    const hours = binEdges({ startMs: day?.startMs ?? 0, endMs: day?.endMs ?? 0 }, "hour");
    expect(hours).toHaveLength(26);
    for (let i = 0; i + 1 < hours.length; i++)
      expect((hours[i + 1] as number) - (hours[i] as number)).toBe(H);
  });

  it("a domain starting in the second 03:00 hour starts at that occurrence", () => {
    const second3am = Date.parse("2025-10-26T01:30:00Z"); // 03:30 EET, after the change
    expect(binEdges({ startMs: second3am, endMs: second3am + 1 }, "hour")).toEqual([
      Date.parse("2025-10-26T01:00:00Z"),
      Date.parse("2025-10-26T02:00:00Z"),
    ]);
  });
});

describe("binStrikes", () => {
  it("counts match a brute-force count over the fall-back fortnight", () => {
    const c = golden.countCase;
    const bins = binStrikes(c.timesMs, dom(c.domain), c.unit, c.timeZone);
    expect(bins.map((b) => b.count)).toEqual(c.counts);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBeLessThanOrEqual(c.timesMs.length);
  });

  it("UTC day bins are 24 h and weeks start on Monday", () => {
    const bins = binStrikes([0], { startMs: 0, endMs: 3 * 86_400_000 }, "day", "UTC");
    expect(bins.map((b) => b.endMs - b.startMs)).toEqual([86_400_000, 86_400_000, 86_400_000]);
    const [week] = binEdges(
      { startMs: Date.parse("2025-01-01T12:00:00Z"), endMs: Date.parse("2025-01-02T00:00:00Z") },
      "week",
      "UTC",
    );
    expect(new Date(week ?? 0).toISOString()).toBe("2024-12-30T00:00:00.000Z");
    expect(new Date(week ?? 0).getUTCDay()).toBe(1);
  });

  it("works for other IANA zones, including a half-hour offset", () => {
    const bins = binEdges(
      dom(["2025-06-01T00:00:00Z", "2025-06-02T00:00:00Z"]),
      "day",
      "Asia/Kolkata",
    );
    expect(new Date(bins[0] ?? 0).toISOString()).toBe("2025-05-31T18:30:00.000Z");
    const hours = binEdges(
      dom(["2025-06-01T00:00:00Z", "2025-06-01T03:00:00Z"]),
      "hour",
      "Asia/Kolkata",
    );
    expect(new Date(hours[0] ?? 0).toISOString()).toBe("2025-05-31T23:30:00.000Z");
  });

  it("empty or inverted domains give no bins; bad unit, zone or huge spans throw", () => {
    expect(binStrikes([1, 2], { startMs: 5, endMs: 5 }, "day")).toEqual([]);
    expect(binStrikes([1, 2], { startMs: 5, endMs: 1 }, "day")).toEqual([]);
    expect(() => binEdges({ startMs: 0, endMs: 1 }, "month" as "day")).toThrow(
      InvalidArgumentError,
    );
    expect(() => binEdges({ startMs: 0, endMs: 1 }, "day", "Mars/Olympus")).toThrow(
      InvalidArgumentError,
    );
    expect(() => binEdges({ startMs: 0, endMs: (MAX_BINS + 10) * H }, "hour", "UTC")).toThrow(
      InvalidArgumentError,
    );
    expect(() => binEdges({ startMs: Number.NaN, endMs: 1 }, "day")).toThrow(InvalidArgumentError);
  });

  it("does not mutate its input", () => {
    const t = deepFreeze([1, 2, 3]);
    binStrikes(t, { startMs: 0, endMs: 10 }, "day", "UTC");
    expect(t).toEqual([1, 2, 3]);
  });
});

describe("time-zone helpers", () => {
  it("zoneOffsetMs gives Kyiv's winter and summer offsets", () => {
    expect(zoneOffsetMs(Date.parse("2025-01-15T12:00:00Z"), "Europe/Kyiv")).toBe(2 * H);
    expect(zoneOffsetMs(Date.parse("2025-07-15T12:00:00Z"), "Europe/Kyiv")).toBe(3 * H);
    expect(zoneOffsetMs(0, "UTC")).toBe(0);
  });

  it("fromWall: the earliest instant for a repeated time, the jump for a skipped one", () => {
    const z = new ZoneTimeline(
      "Europe/Kyiv",
      Date.parse("2025-03-01T00:00:00Z"),
      Date.parse("2025-11-01T00:00:00Z"),
    );
    // 03:30 on 26 Oct happens twice (EEST then EET): the first is 00:30Z.
    expect(z.fromWall(Date.parse("2025-10-26T03:30:00Z"))).toBe(Date.parse("2025-10-26T00:30:00Z"));
    // 03:30 on 30 Mar does not exist: the clocks jump at 01:00Z.
    expect(z.fromWall(Date.parse("2025-03-30T03:30:00Z"))).toBe(Date.parse("2025-03-30T01:00:00Z"));
    expect(z.toWall(Date.parse("2025-03-30T01:00:00Z"))).toBe(Date.parse("2025-03-30T04:00:00Z"));
  });
});
