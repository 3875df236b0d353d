/**
 * Points the map cannot show: kept with a note, unless swapping latitude and longitude would
 * bring them onto the map, which is refused as a likely swap (never swapped silently).
 */
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import { mapAreaProblem } from "@/import/values";
import { STRIKE_IMPORT } from "../helpers/import-settings";

describe("mapAreaProblem", () => {
  it("passes points on the map and tells a likely swap from a far place", () => {
    expect(mapAreaProblem([30.4906, 50.4612])).toBeUndefined();
    expect(mapAreaProblem([48, 55.5]), "edges are on the map").toBeUndefined();
    // Kharkiv written latitude first: 36.23 N, 49.99 E is in Iran.
    expect(mapAreaProblem([49.99, 36.23])).toEqual({
      severity: "error",
      reason: expect.stringContaining("are latitude and longitude swapped?"),
    });
    // Baku is a real place just east of the map, not a swap, though swapped it would be on it.
    expect(mapAreaProblem([49.867, 40.409])).toEqual({
      severity: "note",
      reason: expect.stringContaining("not drawn"),
    });
    // Lisbon: off the map either way round.
    expect(mapAreaProblem([-9.14, 38.72])).toEqual({
      severity: "note",
      reason: expect.stringContaining("listed, measured and exported, but not drawn"),
    });
  });
});

describe("importing points off the map", () => {
  it("skips a swapped row with its reason, keeps a far one with a note, imports the rest", async () => {
    const csv = [
      "id,date,lat,lon",
      "ok,2025-11-14T01:00:00+02:00,50.4612,30.4906",
      "swapped,2025-11-14T02:00:00+02:00,36.2304,49.9935",
      "lisbon,2025-11-14T03:00:00+02:00,38.72,-9.14",
    ].join("\n");
    const outcome = await importBytes("a.csv", strToU8(csv), STRIKE_IMPORT);
    expect(outcome.strikes.map((s) => s.id)).toEqual(["L1:ok", "L1:lisbon"]);
    const byRow = outcome.problems.map((p) => [p.row, p.severity]);
    expect(byRow).toContainEqual([3, "error"]);
    expect(byRow).toContainEqual([4, "note"]);
    const swapped = outcome.problems.find((p) => p.row === 3);
    expect(swapped?.reason).toMatch(/^Latitude 36.2304, longitude 49.9935 lies far outside/);
    expect(swapped?.reason).toMatch(/\(are latitude and longitude swapped\?\)\.$/);
  });
});
