import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insideMapBounds, MAP_MAX_BOUNDS, MAX_MEASURE_POINTS } from "@/domain/map-extent";
import { cleanRadii } from "@/state/slices/proximity-slice";
import { encodeUrlState, parseUrlState, URL_KEYS, type UrlState } from "@/state/url-codec";
import { MAX_LINK_ID_LENGTH, type MeasureToken } from "@/state/url-measure";

/** A problem as users read it in English (the catalogue id it carries is checked elsewhere). */
const plain = (ps: readonly { part: string; reason: string }[]) =>
  ps.map(({ part, reason }) => ({ part, reason }));

const B = MAP_MAX_BOUNDS;
const MINUTE = 60_000;
/** Whole minutes between 2000 and 2100 (links carry minutes). */
const minuteMs = fc
  .integer({ min: Date.UTC(2000, 0, 1) / MINUTE, max: Date.UTC(2100, 0, 1) / MINUTE })
  .map((m) => m * MINUTE);
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/).filter((s) => s.length <= 60);
const micro = (min: number, max: number) =>
  fc.integer({ min: min * 1e6, max: max * 1e6 }).map((v) => v / 1e6);
const token: fc.Arbitrary<MeasureToken> = fc.oneof(
  fc.tuple(micro(B.minLng, B.maxLng), micro(B.minLat, B.maxLat)).map(([lng, lat]) => ({
    lngLat: [lng, lat] as [number, number],
  })),
  fc.tuple(fc.constantFrom("strike", "mission" as const), id).map(([kind, i]) => ({
    ref: { kind: kind as "strike" | "mission", id: i },
  })),
);
const validState: fc.Arbitrary<UrlState> = fc.record(
  {
    timeWindow: fc
      .tuple(minuteMs, minuteMs)
      .map(([a, b]) => ({ startMs: Math.min(a, b), endMs: Math.max(a, b) })),
    selection: fc.record({ kind: fc.constantFrom("strike" as const, "mission" as const), id }),
    measure: fc.array(token, { minLength: 1, maxLength: MAX_MEASURE_POINTS }),
    units: fc.constant("imperial" as const),
    zone: fc.constantFrom("utc" as const, "local" as const),
    mode: fc.constantFrom("cumulative" as const, "night" as const),
    rings: fc
      .array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 8 })
      .map((r) => cleanRadii(r)),
    lang: fc.constantFrom("uk" as const, "az" as const),
  },
  { requiredKeys: [] },
);

/** Strings a hostile or broken link might carry in one value. */
const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "%",
    "%E0%A4%A",
    "0000-01-01T00:00Z",
    "9999-12-31T23:59+14:00",
    "2025-02-30T00:00Z",
    "2025-01-01T24:00Z",
    "2025-01-01T00:00+99:99",
    "s:",
    ";;;;",
    "1e308,1e308",
    "NaN,NaN",
    "-180,-90;180,90",
    "Infinity",
    "__proto__",
    "constructor",
  ),
  fc
    .array(fc.tuple(fc.double(), fc.double()), { maxLength: 400 })
    .map((pts) => pts.map(([a, b]) => `${a},${b}`).join(";")),
  fc.nat({ max: 5_000 }).map((n) => `s:${"x".repeat(n)}`),
);

function checkBounded(hash: string) {
  const { state, problems } = parseUrlState(hash);
  expect(Array.isArray(problems)).toBe(true);
  expect(problems.length).toBeLessThanOrEqual(30);
  for (const p of problems) expect(p.part.length + p.reason.length).toBeLessThan(400);
  const measure = state.measure ?? [];
  expect(measure.length).toBeLessThanOrEqual(MAX_MEASURE_POINTS);
  for (const t of measure) {
    if ("lngLat" in t) expect(insideMapBounds(t.lngLat[0], t.lngLat[1])).toBe(true);
    else expect(t.ref.id.length).toBeLessThanOrEqual(MAX_LINK_ID_LENGTH);
  }
  if (state.selection) expect(state.selection.id.length).toBeLessThanOrEqual(MAX_LINK_ID_LENGTH);
  if (state.timeWindow) {
    expect(Number.isFinite(state.timeWindow.startMs)).toBe(true);
    expect(state.timeWindow.endMs).toBeGreaterThanOrEqual(state.timeWindow.startMs);
  }
}

describe("URL codec properties", () => {
  it("valid states round-trip with no problems", () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(encodeUrlState(state));
        expect(plain(parsed.problems)).toEqual([]);
        const strip = (s: UrlState) =>
          Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
        expect(strip(parsed.state)).toEqual(strip(state));
      }),
      { numRuns: 300 },
    );
  });

  it.each([...URL_KEYS, "unknown"])("hostile values for %s never throw and stay bounded", (key) => {
    fc.assert(
      fc.property(hostile, (value) => {
        checkBounded(`#${key}=${encodeURIComponent(value)}`);
        checkBounded(`#${key}=${value}`);
      }),
      { numRuns: 150 },
    );
  });

  it("random whole hashes never throw and stay bounded", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2_000 }), (hash) => checkBounded(hash)),
      { numRuns: 300 },
    );
    const manyKeys = Array.from({ length: 500 }, (_, i) => `k${i}=1`).join("&");
    checkBounded(`#${manyKeys}`);
  });

  it("a language the app does not speak is named, and English is never written", () => {
    expect(plain(parseUrlState("#lang=fr").problems)).toEqual([
      { part: "lang", reason: "not en, uk or az" },
    ]);
    expect(parseUrlState("#lang=az").state.lang).toBe("az");
    expect(parseUrlState("#lang=en")).toEqual({ state: {}, problems: [] });
    expect(encodeUrlState({ lang: "uk" })).toBe("#lang=uk");
  });

  it("a 12 KB link of antipodal points keeps at most the cap, inside the map", () => {
    const pts = Array.from({ length: 600 }, (_, i) => (i % 2 ? "-150.0,-45.0" : "30.0,45.0"));
    const { state, problems } = parseUrlState(`#measure=${pts.join(";")}`);
    expect(state.measure?.length).toBe(MAX_MEASURE_POINTS / 2);
    expect(problems.map((p) => p.reason)).toEqual([
      `${MAX_MEASURE_POINTS / 2} points outside the map's area`,
      `more than ${MAX_MEASURE_POINTS} points, so ${600 - MAX_MEASURE_POINTS} were left out`,
    ]);
  });
});
