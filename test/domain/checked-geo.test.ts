import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  readCheckedDatasetInfo,
  readCheckedDatasetVersion,
  readCheckedEvents,
  readCheckedMissions,
  readCheckedStrikes,
} from "@/domain/checked-geo";
import {
  parseDatasetInfo,
  parseDatasetVersion,
  parseDiplomaticEvents,
  parseMissions,
  parseStrikes,
} from "@/domain/parse-geo";

const json = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const missions = json("geo/missions.geojson");
const strikes = json("geo/strikes.geojson");
const events = json("geo/diplomatic-events.json");

describe("the readers of the checked (bundled) files", () => {
  it("give exactly the records the validating parsers give", () => {
    expect(readCheckedMissions(missions)).toEqual(parseMissions(missions, "m"));
    expect(readCheckedStrikes(strikes)).toEqual(parseStrikes(strikes, "s"));
    expect(readCheckedEvents(events)).toEqual(parseDiplomaticEvents(events, "e"));
  });

  it("read the version and the description as the validating parsers do", () => {
    for (const file of [missions, strikes, events]) {
      expect(readCheckedDatasetVersion(file)).toBe(parseDatasetVersion(file));
      expect(readCheckedDatasetInfo(file)).toEqual(parseDatasetInfo(file));
    }
    expect(readCheckedDatasetVersion(undefined)).toBeUndefined();
    expect(readCheckedDatasetInfo(undefined)).toBeUndefined();
  });

  it("sort strikes by time, then id, whatever the file's order", () => {
    const reversed = {
      ...(strikes as object),
      features: [...(strikes as { features: unknown[] }).features].reverse(),
    };
    const ids = readCheckedStrikes(reversed).items.map((s) => s.id);
    expect(ids).toEqual(readCheckedStrikes(strikes).items.map((s) => s.id));
  });

  it("throw on a shape they cannot read, so the loader validates instead", () => {
    expect(() => readCheckedStrikes({ type: "FeatureCollection" })).toThrow(/features/);
    expect(() => readCheckedEvents([])).toThrow(/events/);
  });
});
