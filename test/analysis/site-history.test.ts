import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toStrikeColumns } from "@/analysis/columns";
import { siteHistory, strikeTimeSpans } from "@/analysis/site-history";
import { parseMissions, parseStrikes } from "@/domain/parse-geo";
import { syntheticColumns } from "../../scripts/synthetic-strikes";

const root = fileURLToPath(new URL("../../", import.meta.url));
const json = (f: string) => JSON.parse(readFileSync(root + f, "utf8"));
const missions = parseMissions(json("geo/missions.geojson"), "m").items;
const strikes = parseStrikes(json("geo/strikes.geojson"), "s").items;
const embassy = missions.find((m) => m.id === "embassy-kyiv");
if (!embassy) throw new Error("embassy-kyiv missing from geo/missions.geojson");

describe("siteHistory on the shipped data", () => {
  const spans = strikeTimeSpans(strikes);
  const h = siteHistory(embassy, toStrikeColumns(strikes), spans);
  const ids = h.marks.map((m) => strikes[m.index]?.id);

  it("leaves no strike out, whatever the time of day", () => {
    expect(h.aggregated).toBe(false);
    expect(h.total).toBe(strikes.length);
    expect(ids).toHaveLength(strikes.length);
  });

  it("holds the embassy's five incidents: 2022 near misses, the crater, 28 Aug and 14 Nov 2025", () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        "kyiv-embassy-near-miss-2022-04-28",
        "kyiv-embassy-near-miss-2022-06-26",
        "kyiv-embassy-kinzhal-crater-2024-01-02",
        "kyiv-embassy-near-strike-2025-08-28",
        "kyiv-embassy-compound-hit-2025-11-14",
      ]),
    );
  });

  it("spans a day-precision strike over its Kyiv day and a window strike over its window", () => {
    const at = (id: string) => h.marks.find((m) => strikes[m.index]?.id === id);
    const day = at("kyiv-embassy-near-miss-2022-04-28");
    expect(strikes[day?.index ?? -1]?.timePrecision).toBe("day");
    expect(day?.startMs).toBe(Date.parse("2022-04-28T00:00:00+03:00"));
    expect(day?.endMs).toBe(Date.parse("2022-04-29T00:00:00+03:00"));
    const crater = at("kyiv-embassy-kinzhal-crater-2024-01-02");
    expect(crater?.startMs).toBe(Date.parse("2024-01-02T07:30:00+02:00"));
    expect(crater?.endMs).toBe(Date.parse("2024-01-02T09:00:00+02:00"));
    // Placed on the embassy point: 0 m computed, the interval from the radii.
    expect(crater?.distanceM).toBe(0);
    expect(crater?.maxM).toBe(crater ? embassy.uncertaintyM + 130 : -1);
  });

  it("spans a night-precision strike over its 18:00–06:00 night", () => {
    const s = spans;
    const i = strikes.findIndex((x) => x.id === "socar-filling-station-2025-08-17");
    expect(s.startMs[i]).toBe(Date.parse("2025-08-17T18:00:00+03:00"));
    expect(s.endMs[i]).toBe(Date.parse("2025-08-18T06:00:00+03:00"));
  });
});

describe("siteHistory above the mark limit", () => {
  it("draws the closest per time slice and still counts every strike", () => {
    const c = syntheticColumns(5000, 7);
    const cols = toStrikeColumns(
      Array.from(c.tMs, (tMs, i) => ({
        tMs,
        lngLat: [c.lng[i] as number, c.lat[i] as number] as const,
        uncertaintyM: c.uncertaintyM[i] as number,
      })),
    );
    const spans = { startMs: cols.tMs, endMs: cols.tMs };
    const h = siteHistory(embassy, cols, spans, { maxMarks: 1000, bins: 50 });
    expect(h.aggregated).toBe(true);
    expect(h.total).toBe(5000);
    expect(h.marks.length).toBeLessThanOrEqual(50);
    expect(h.marks.reduce((a, m) => a + m.count, 0)).toBe(5000);
    // Each mark is the closest strike of its slice.
    const all = siteHistory(embassy, cols, spans, { maxMarks: 10_000 });
    let checkedSlices = 0;
    for (const m of h.marks) {
      const inSlice = all.marks.filter(
        (x) => m.slice && x.startMs >= m.slice.startMs && x.startMs < m.slice.endMs,
      );
      if (inSlice.length === m.count) {
        expect(m.distanceM).toBe(Math.min(...inSlice.map((x) => x.distanceM)));
        checkedSlices++;
      }
    }
    expect(checkedSlices).toBeGreaterThan(h.marks.length / 2);
  });
});
