import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_FILTERS, type StrikeFilters } from "@/analysis/strike-filter";
import { encodeUrlState, parseUrlState, type UrlState } from "@/state/url-codec";

const subset = <T>(items: readonly T[]) => fc.subarray([...items]).map((xs) => xs as readonly T[]);
const idText = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

const filtersArb: fc.Arbitrary<StrikeFilters> = fc.record({
  hiddenWeapons: subset(["ballistic", "aeroballistic", "cruise", "drone", "unknown"] as const),
  hiddenConfidence: subset(["high", "medium", "low"] as const),
  hiddenPrecision: subset(["exact", "street", "district", "city"] as const),
  hiddenLayers: fc.uniqueArray(fc.oneof(idText, fc.constant("builtin")), { maxLength: 3 }),
  near: fc.option(
    fc.record({
      missionId: idText,
      withinM: fc.integer({ min: 1, max: 1_000_000 }),
    }),
    { nil: undefined },
  ),
});

const stateArb: fc.Arbitrary<UrlState> = fc.record({
  timeWindow: fc
    .tuple(fc.integer({ min: 0, max: 2e9 }), fc.integer({ min: 0, max: 2e7 }))
    .map(([a, d]) => ({ startMs: a * 60_000, endMs: (a + d) * 60_000 })),
  filters: filtersArb,
  version: fc.option(fc.stringMatching(/^20\d\d-[01]\d-[0-3]\d$/), { nil: undefined }),
});

const isEmpty = (f: StrikeFilters) =>
  f.hiddenWeapons.length +
    f.hiddenConfidence.length +
    f.hiddenPrecision.length +
    f.hiddenLayers.length ===
    0 && !f.near;

describe("URL round trip with filters", () => {
  it("decodes what it encodes, for random states, with no problems", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, problems } = parseUrlState(encodeUrlState(state));
        expect(problems).toEqual([]);
        expect(back.timeWindow).toEqual(state.timeWindow);
        expect(back.version).toEqual(state.version);
        const f = state.filters ?? NO_FILTERS;
        if (isEmpty(f)) expect(back.filters).toBeUndefined();
        else expect(back.filters).toEqual({ ...NO_FILTERS, ...f });
      }),
      { numRuns: 300 },
    );
  });

  it("names unusable filter parts and keeps the rest", () => {
    const { state, problems } = parseUrlState("#hideWeapon=drone,laser&near=embassy&v=2026-01-01");
    expect(state.filters?.hiddenWeapons).toEqual(["drone"]);
    expect(state.filters?.near).toBeUndefined();
    expect(state.version).toBe("2026-01-01");
    expect(problems.map((p) => p.part)).toEqual(["hideWeapon", "near"]);
  });
});
