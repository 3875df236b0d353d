import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geoCheckFailure } from "../../scripts/vite-plugin-geo-check";

const load = (file: string) => ({ file, text: readFileSync(file, "utf8") });
const real = {
  missions: load("geo/missions.geojson"),
  strikes: load("geo/strikes.geojson"),
  events: load("geo/diplomatic-events.json"),
};

describe("the build's check of geo/", () => {
  it("lets the real files ship", () => {
    expect(geoCheckFailure(real)).toBeUndefined();
  });

  it("stops the build on a schema problem, naming the file and the record", () => {
    const json = JSON.parse(real.strikes.text);
    json.features[0].properties.weapon_class = "catapult";
    const failure = geoCheckFailure({
      ...real,
      strikes: { file: real.strikes.file, text: JSON.stringify(json) },
    });
    expect(failure).toMatch(/1 problem/);
    expect(failure).toMatch(/geo\/strikes\.geojson features\/0\/properties\/weapon_class: /);
  });

  it("stops the build on a reference that spans files", () => {
    const json = JSON.parse(real.events.text);
    json.events[0].strike_ids = ["no-such-strike"];
    const failure = geoCheckFailure({
      ...real,
      events: { file: real.events.file, text: JSON.stringify(json) },
    });
    expect(failure).toMatch(/unknown strike "no-such-strike"/);
  });
});
