import { describe, expect, it } from "vitest";
import { crossCheck } from "@/domain/cross-check";
import { checkDataset } from "@/domain/dataset-check";
import { parseDiplomaticEvents, parseMissions, parseStrikes } from "@/domain/parse-geo";
import { collection, deepFreeze, event, missionFeature, strikeFeature } from "./builders";

const files = { missions: "m.geojson", strikes: "s.geojson", events: "e.json" };
const texts = (m: unknown, s: unknown, e: unknown) => ({
  missions: { file: files.missions, text: JSON.stringify(m) },
  strikes: { file: files.strikes, text: JSON.stringify(s) },
  events: { file: files.events, text: JSON.stringify(e) },
});

describe("crossCheck", () => {
  const missions = parseMissions(collection([missionFeature()]), files.missions).items;
  const strikes = parseStrikes(
    collection([strikeFeature(), strikeFeature({ id: "strike-b", mission_ids: ["gone"] })]),
    files.strikes,
  ).items;
  const events = parseDiplomaticEvents(
    { version: "2026-11-24", events: [event({ strike_ids: ["strike-a", "strike-z"] })] },
    files.events,
  ).items;

  it("reports unresolved mission and strike references", () => {
    expect(crossCheck(missions, strikes, events, files)).toEqual([
      { file: "s.geojson", path: "id strike-b/mission_ids", message: 'unknown mission "gone"' },
      { file: "e.json", path: "id summons-a/strike_ids", message: 'unknown strike "strike-z"' },
    ]);
  });

  it("reports an id reused across files", () => {
    const clash = parseDiplomaticEvents(
      { version: "2026-11-24", events: [event({ id: "embassy-kyiv", strike_ids: [] })] },
      files.events,
    ).items;
    expect(crossCheck(missions, [], clash, files)).toEqual([
      {
        file: "e.json",
        path: "id embassy-kyiv",
        message: 'id "embassy-kyiv" is also used in m.geojson',
      },
    ]);
  });

  it("finds nothing in a consistent set and does not mutate its inputs", () => {
    const frozen = deepFreeze([...strikes.slice(0, 1)]);
    expect(crossCheck(deepFreeze([...missions]), frozen, [], files)).toEqual([]);
  });
});

describe("checkDataset", () => {
  const good = texts(collection([missionFeature()]), collection([strikeFeature()]), {
    version: "2026-11-24",
    events: [event()],
  });

  it("passes a consistent set and reports the version", () => {
    const r = checkDataset(good);
    expect(r.issues).toEqual([]);
    expect(r.datasetVersion).toBe("2026-11-24");
    expect([r.missions.length, r.strikes.length, r.events.length]).toEqual([1, 1, 1]);
  });

  it("flags a version that differs between files", () => {
    const r = checkDataset(
      texts(collection([missionFeature()]), collection([strikeFeature()], "2025-01-01"), {
        version: "2026-11-24",
        events: [],
      }),
    );
    expect(r.issues).toEqual([
      { file: "s.geojson", path: "version", message: "version 2025-01-01 differs from 2026-11-24" },
    ]);
  });

  it("never throws on unreadable text and names each file", () => {
    const r = checkDataset({
      missions: { file: "m", text: "{" },
      strikes: { file: "s", text: "" },
      events: { file: "e", text: "[1," },
    });
    expect(new Set(r.issues.map((i) => i.file))).toEqual(new Set(["m", "s", "e"]));
    expect(r.missions).toEqual([]);
    expect(r.datasetVersion).toBeUndefined();
  });
});
