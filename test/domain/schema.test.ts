import { describe, expect, it } from "vitest";
import {
  isoInstant,
  missionFeatureSchema,
  strikeFeatureSchema,
  UNCERTAINTY_BOUNDS_M,
} from "@/domain/schema";
import { deepFreeze, missionFeature, strikeFeature } from "./builders";

const ok = (props: Record<string, unknown>, coords?: unknown) =>
  strikeFeatureSchema.safeParse(strikeFeature(props, coords)).success;

describe("uncertainty_m must fit location_precision", () => {
  it("uses the documented bounds", () => {
    expect(UNCERTAINTY_BOUNDS_M).toEqual({
      exact: [1, 150],
      street: [10, 1000],
      district: [300, 10_000],
      city: [2000, 25_000],
    });
  });

  it.each([
    ["exact", 150, true],
    ["exact", 151, false],
    ["exact", 0.5, false],
    ["street", 10, true],
    ["street", 1000, true],
    ["street", 1001, false],
    ["district", 299, false],
    ["district", 10_000, true],
    ["district", 10_001, false],
    ["city", 1999, false],
    ["city", 2000, true],
    ["city", 25_000, true],
    ["city", 25_001, false],
  ] as const)("%s with %d m → %s", (precision, m, valid) => {
    expect(ok({ location_precision: precision, uncertainty_m: m })).toBe(valid);
  });

  it("rejects zero and negative uncertainty whatever the precision", () => {
    expect(ok({ uncertainty_m: 0 })).toBe(false);
    expect(ok({ uncertainty_m: -5 })).toBe(false);
  });
});

describe("estimated points must say how they were derived", () => {
  it.each(["street", "district", "city"] as const)("%s without location_method fails", (p) => {
    const m = UNCERTAINTY_BOUNDS_M[p][1];
    expect(ok({ location_precision: p, uncertainty_m: m, location_method: undefined })).toBe(false);
  });
  it("an exact point may omit location_method", () => {
    expect(ok({ location_precision: "exact", uncertainty_m: 50, location_method: undefined })).toBe(
      true,
    );
  });
  it("an empty location_method does not count", () => {
    expect(ok({ location_method: "   " })).toBe(false);
  });
});

describe("times, links and ids", () => {
  it.each([
    ["2025-11-14T01:00:00+02:00", true],
    ["2025-11-14T01:00:00Z", true],
    ["2025-11-14T01:00:00.5-05:00", true],
    ["2025-11-14T01:00:00", false],
    ["2025-11-14T01:00+02:00", false],
    ["2025-11-14", false],
    ["2025-02-30T01:00:00+02:00", false],
    ["1700-06-01T01:00:00+02:00", false],
    ["1999-12-31T23:59:59Z", false],
    ["2000-01-01T00:00:00Z", true],
    ["2099-12-31T23:59:59Z", true],
    ["2100-01-01T00:00:00Z", false],
  ])("time %s → %s", (t, valid) => {
    expect(isoInstant.safeParse(t).success).toBe(valid);
  });

  it.each([
    ["https://report.az/en/x", true],
    ["http://old.odesa.ua/news/?news=163256", true],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["ftp://example.org/x", false],
    ["//example.org/x", false],
  ])("source url %s → %s", (url, valid) => {
    expect(ok({ sources: [{ url, publisher: "p", title: "t" }] })).toBe(valid);
  });

  it("requires at least one source", () => {
    expect(ok({ sources: [] })).toBe(false);
  });

  it("validates source dates as calendar dates", () => {
    expect(
      ok({ sources: [{ url: "https://a.org", publisher: "p", title: "t", date: "2025-13-01" }] }),
    ).toBe(false);
  });
});

describe("reported_distance", () => {
  const rd = (d: Record<string, unknown>) => ({
    reported_distance: [{ wording: "w", mission_id: "embassy-kyiv", ...d }],
  });
  it("accepts a range for a listed mission", () => {
    expect(ok(rd({ min_m: 50, max_m: 100 }))).toBe(true);
  });
  it("rejects min above max", () => {
    expect(ok(rd({ min_m: 100, max_m: 50 }))).toBe(false);
  });
  it("rejects a mission that is not in mission_ids", () => {
    expect(ok(rd({ mission_id: "other-mission" }))).toBe(false);
  });
});

describe("mission features", () => {
  it("accepts the builder's mission and does not mutate it", () => {
    const f = deepFreeze(missionFeature());
    expect(missionFeatureSchema.safeParse(f).success).toBe(true);
  });
  it("rejects a point in Ukraine's bbox corner beyond the limits", () => {
    expect(missionFeatureSchema.safeParse(missionFeature({}, [40.31, 50])).success).toBe(false);
    expect(missionFeatureSchema.safeParse(missionFeature({}, [22.0, 44.3])).success).toBe(true);
  });
  it("rejects a third (altitude) coordinate", () => {
    expect(missionFeatureSchema.safeParse(missionFeature({}, [30.5, 50.4, 100])).success).toBe(
      false,
    );
  });
});

describe("window time precision", () => {
  const win = { start: "2024-01-02T07:30:00+02:00", end: "2024-01-02T09:00:00+02:00" };
  it("accepts a window whose time is its midpoint", () => {
    expect(
      ok({ time: "2024-01-02T08:15:00+02:00", time_precision: "window", time_window: win }),
    ).toBe(true);
  });
  it("rejects a window time that is not the midpoint (e.g. the window's start or a round hour)", () => {
    expect(
      ok({ time: "2024-01-02T08:00:00+02:00", time_precision: "window", time_window: win }),
    ).toBe(false);
  });
  it("rejects window precision without a window, and a window on another precision", () => {
    expect(ok({ time: "2024-01-02T08:15:00+02:00", time_precision: "window" })).toBe(false);
    expect(
      ok({ time: "2024-01-02T08:15:00+02:00", time_precision: "hour", time_window: win }),
    ).toBe(false);
  });
  it("rejects a window that ends before it starts", () => {
    const back = { start: win.end, end: win.start };
    expect(
      ok({ time: "2024-01-02T08:15:00+02:00", time_precision: "window", time_window: back }),
    ).toBe(false);
  });
});

describe("archive links", () => {
  const src = { url: "https://example.org/a", publisher: "P", title: "T" };
  it("accepts an http(s) archive_url beside a source and rejects any other scheme", () => {
    expect(
      ok({
        sources: [
          { ...src, archive_url: "https://web.archive.org/web/2025/https://example.org/a" },
        ],
      }),
    ).toBe(true);
    expect(ok({ sources: [{ ...src, archive_url: "javascript:alert(1)" }] })).toBe(false);
  });
});
