import { describe, expect, it } from "vitest";
import { detectColumns, headerSignature } from "@/import/columns";
import {
  coordinateProblem,
  parseDecimal,
  parseLatLonPair,
  parseLinks,
  parseWktPoint,
} from "@/import/values";
import { normaliseWeapon } from "@/import/weapon";

const KYIV = ["50.45", "30.52"];

describe("detectColumns", () => {
  it.each([
    [["lat", "lon", "date"], { lat: "lat", lon: "lon" }],
    [["Latitude", "Longitude", "Date"], { lat: "Latitude", lon: "Longitude" }],
    [["y", "x", "date"], { lat: "y", lon: "x" }],
    [["LAT (WGS84)", "LNG", "date"], { lat: "LAT (WGS84)", lon: "LNG" }],
    [["широта", "довгота", "дата"], { lat: "широта", lon: "довгота", date: "дата" }],
  ])("finds coordinates in %j", (headers, expected) => {
    const row = [...KYIV, "2025-07-14"];
    const { mapping, reasons } = detectColumns(headers, [row, row], "strikes");
    expect(mapping).toMatchObject(expected);
    expect(reasons).toEqual([]);
  });

  it("finds a “lat, lon” column and a WKT column", () => {
    const pair = detectColumns(
      ["coordinates", "date"],
      [["50.45, 30.52", "2025-07-14"]],
      "strikes",
    );
    expect(pair.mapping.latLon).toBe("coordinates");
    const wkt = detectColumns(["WKT", "date"], [["POINT (30.52 50.45)", "2025-07-14"]], "strikes");
    expect(wkt.mapping.wkt).toBe("WKT");
  });

  it("pairs a date column with a separate time column", () => {
    const { mapping } = detectColumns(
      ["date", "time", "lat", "lon"],
      [["14.07.2025", "02:40", ...KYIV]],
      "strikes",
    );
    expect(mapping).toMatchObject({ date: "date", time: "time", dateOrder: "dmy" });
  });

  it("reads a time column holding full date-times as the date", () => {
    const { mapping } = detectColumns(
      ["time", "lat", "lon"],
      [["2025-07-14T02:40+03:00", ...KYIV]],
      "strikes",
    );
    expect(mapping.date).toBe("time");
    expect(mapping.time).toBeUndefined();
  });

  it("finds name, description, weapon, links, uncertainty, id", () => {
    const headers = [
      "ID",
      "Title",
      "Notes",
      "Weapon type",
      "Source URL",
      "Source 2",
      "accuracy_m",
      "lat",
      "lon",
      "date",
    ];
    const { mapping } = detectColumns(
      headers,
      [["1", "a", "b", "drone", "https://x.org", "", "50", ...KYIV, "2025-07-14"]],
      "strikes",
    );
    expect(mapping).toMatchObject({
      id: "ID",
      name: "Title",
      description: "Notes",
      weapon: "Weapon type",
      links: ["Source URL", "Source 2"],
      uncertainty: "accuracy_m",
    });
  });

  it.each([
    [
      ["lat", "latitude", "lon", "date"],
      [["50.4", "50.4", "30.5", "2025-07-14"]],
      "Several columns could be the latitude",
    ],
    [["lat", "lon", "date"], [["50.4", "30.5", "03/04/2025"]], "could be day/month or month/day"],
    [
      ["lat", "lon", "date"],
      [
        ["50.4", "30.5", "13/04/2025"],
        ["50.4", "30.5", "04/13/2025"],
      ],
      "mix day/month and month/day",
    ],
    [["a", "b", "date"], [["50.4", "30.5", "2025-07-14"]], "No column with coordinates"],
    [["lat", "lon", "what"], [["50.4", "30.5", "x"]], "No column with dates"],
    [
      ["date", "datetime", "lat", "lon"],
      [["2025-07-14", "2025-07-14T01:00", "50.4", "30.5"]],
      "Several columns could be the date",
    ],
  ])("asks the user for %j", (headers, rows, reason) => {
    const { reasons } = detectColumns(headers, rows, "strikes");
    expect(reasons.join(" ")).toContain(reason);
  });

  it("does not ask for a date when importing sites", () => {
    expect(detectColumns(["lat", "lon", "name"], [["50.4", "30.5", "x"]], "sites").reasons).toEqual(
      [],
    );
  });

  it("signs headers case-insensitively, in order", () => {
    expect(headerSignature([" Lat", "LON "])).toBe("lat|lon");
    expect(headerSignature(["lon", "lat"])).not.toBe(headerSignature(["lat", "lon"]));
  });
});

describe("cell values", () => {
  it.each([
    ["50.45", 50.45],
    ["50,45", 50.45],
    ["-30.5", -30.5],
    [" 7 ", 7],
    ["1,234,567", undefined],
    ["50.45°", undefined],
    ["", undefined],
  ])("parseDecimal(%j) = %s", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it("reads pairs latitude first and WKT longitude first", () => {
    expect(parseLatLonPair("50.45, 30.52")).toEqual([30.52, 50.45]);
    expect(parseLatLonPair("50,45; 30,52")).toEqual([30.52, 50.45]);
    expect(parseLatLonPair("50.45")).toBeUndefined();
    expect(parseWktPoint("POINT (30.52 50.45)")).toEqual([30.52, 50.45]);
    expect(parseWktPoint("SRID=4326;POINT Z (30.52 50.45 100)")).toEqual([30.52, 50.45]);
    expect(parseWktPoint("LINESTRING (1 2, 3 4)")).toBeUndefined();
  });

  it("checks coordinate ranges with a hint for swapped axes", () => {
    expect(coordinateProblem([30.5, 50.4])).toBeUndefined();
    expect(coordinateProblem([50.4, 130.5])).toContain("swapped");
    expect(coordinateProblem([190, 50])).toContain("longitude 190");
    expect(coordinateProblem([0, 0])).toContain("placeholder");
  });

  it("keeps http(s) links only", () => {
    expect(parseLinks("https://a.org/1 http://b.org; javascript:alert(1), ftp://c.org")).toEqual({
      urls: ["https://a.org/1", "http://b.org/"],
      rejected: ["javascript:alert(1)", "ftp://c.org"],
    });
  });

  it.each([
    ["Shahed-136", "drone"],
    ["Шахед", "drone"],
    ["БпЛА", "drone"],
    ["Kh-101", "cruise"],
    ["Калібр", "cruise"],
    ["Iskander-M", "ballistic"],
    ["Kinzhal aeroballistic missile", "aeroballistic"],
    ["missile", "unknown"],
    ["Shahed and Kh-101", "unknown"],
    ["", "unknown"],
  ])("normaliseWeapon(%j) = %s", (text, expected) => {
    expect(normaliseWeapon(text)).toBe(expected);
  });
});
