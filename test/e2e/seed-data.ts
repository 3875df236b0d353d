import { readFileSync } from "node:fs";
import { parseMissions, parseStrikes } from "@/domain/parse-geo";

// The shipped geo files as the app parses them, so e2e expectations come from the engine run in
// Node on the same data.
export const seedMissions = parseMissions(
  JSON.parse(readFileSync("geo/missions.geojson", "utf8")),
  "geo/missions.geojson",
).items;
export const seedStrikes = parseStrikes(
  JSON.parse(readFileSync("geo/strikes.geojson", "utf8")),
  "geo/strikes.geojson",
).items;
