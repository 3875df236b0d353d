import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateGeoJsonText } from "@/domain/geojson-check";

const dir = fileURLToPath(new URL("../fixtures/geojsonhint/", import.meta.url));
const list = (sub: string) =>
  readdirSync(dir + sub)
    .filter((f) => f.endsWith(".geojson"))
    .sort();
const read = (path: string) => readFileSync(dir + path, "utf8");
/** geojsonhint's expected messages for a bad fixture. */
const hint = (sub: string, f: string) =>
  JSON.parse(read(`${sub}/${f.replace(/\.geojson$/, ".result")}`)) as {
    message: string;
    line: number;
    level?: string;
  }[];

describe("validateGeoJsonText against the geojsonhint oracle", () => {
  it("has the fixtures it expects", () => {
    expect(list("bad")).toHaveLength(14);
    expect(list("good")).toHaveLength(8);
    expect(list("divergent")).toHaveLength(2);
  });

  it.each(list("bad"))("rejects bad/%s, as geojsonhint does", (f) => {
    expect(hint("bad", f).some((h) => h.level !== "message")).toBe(true);
    const issues = validateGeoJsonText(read(`bad/${f}`), f);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe(f);
      expect(issue.path).toMatch(/^(line \d+:\d+)?$/);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it.each([
    "badcoord.geojson",
    "badfeatureid.geojson",
    "different-first-last.geojson",
    "nofeaturetype.geojson",
    "point-toofew.geojson",
    "short-linearring.geojson",
  ])("points at the same line as geojsonhint for bad/%s", (f) => {
    const [first] = validateGeoJsonText(read(`bad/${f}`), f);
    expect(first?.path).toMatch(new RegExp(`^line ${hint("bad", f)[0]?.line}:`));
  });

  it.each(list("good"))("accepts good/%s", (f) => {
    expect(validateGeoJsonText(read(`good/${f}`), f)).toEqual([]);
  });

  it.each(list("divergent"))("accepts divergent/%s, which geojsonhint only flags as style", (f) => {
    expect(validateGeoJsonText(read(`divergent/${f}`), f)).toEqual([]);
  });
});

describe("validateGeoJsonText edge cases", () => {
  it("never throws and names the file for non-JSON", () => {
    for (const text of ["", "{", "not json", "null", "[]", "42"]) {
      const issues = validateGeoJsonText(text, "x.geojson");
      expect(issues.length, text).toBeGreaterThan(0);
      expect(issues.every((i) => i.file === "x.geojson")).toBe(true);
    }
  });

  it("accepts a collection with a foreign metadata member, like our data files", () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      metadata: { version: "2026-11-24" },
      features: [
        { type: "Feature", geometry: { type: "Point", coordinates: [30.5, 50.4] }, properties: {} },
      ],
    });
    expect(validateGeoJsonText(text, "a")).toEqual([]);
  });

  it("reports line and column of a bad position", () => {
    const text = '{"type": "Point",\n  "coordinates": [30.5]}';
    expect(validateGeoJsonText(text, "p")).toEqual([
      {
        file: "p",
        path: expect.stringMatching(/^line 2:\d+$/),
        message: expect.stringMatching(/position/i),
      },
    ]);
  });
});
