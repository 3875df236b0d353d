/**
 * Pins the dataset-2026-12 corrections (issue 14): each test names the fix it guards, so a later
 * edit that quietly undoes one fails here. Reads only the project's own geo/ files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDataset } from "@/domain/dataset-check";

const root = fileURLToPath(new URL("../../", import.meta.url));
const load = (file: string) => ({ file, text: readFileSync(root + file, "utf8") });
const checked = checkDataset({
  missions: load("geo/missions.geojson"),
  strikes: load("geo/strikes.geojson"),
  events: load("geo/diplomatic-events.json"),
});
const strike = (id: string) => checked.strikes.find((s) => s.id === id);
const mission = (id: string) => checked.missions.find((m) => m.id === id);
const event = (id: string) => checked.events.find((e) => e.id === id);

describe("dataset 2026-12 review fixes", () => {
  it("is version 2026-12-04 or later", () => {
    expect((checked.datasetVersion ?? "") >= "2026-12-04").toBe(true);
  });

  it("never gives a window midpoint hour precision: the 2 Jan 2024 crater is a 07:30–09:00 window", () => {
    const s = strike("kyiv-embassy-kinzhal-crater-2024-01-02");
    expect(s?.timePrecision).toBe("window");
    expect(s?.timeWindow).toEqual({
      startMs: Date.parse("2024-01-02T07:30:00+02:00"),
      endMs: Date.parse("2024-01-02T09:00:00+02:00"),
    });
    expect(s?.description).toMatch(/all 10 Kinzhals/);
    for (const x of checked.strikes) {
      if (x.timeWindow) expect(x.timePrecision).toBe("window");
    }
  });

  it("dates the hand-over as uncertain and carries the date dispute", () => {
    const e = event("coordinates-handover-2022-04");
    expect(e?.timePrecision).toBe("window");
    expect(e?.disputed.some((d) => d.what === "date" && /April 2022/.test(d.detail ?? ""))).toBe(
      true,
    );
    expect(e?.sources.some((s) => s.url.includes("unian.ua"))).toBe(true);
  });

  it("dates Aliyev's remark to 14 Feb 2026 and marks which three hits as an inference", () => {
    const e = event("aliyev-embassy-hit-three-times-2026-02");
    expect(e?.timePrecision).toBe("day");
    expect(e?.time.slice(0, 10)).toBe("2026-02-14");
    expect(e?.disputed.some((d) => /inference/.test(d.by))).toBe(true);
    expect(e?.sources.some((s) => s.url.includes("lb.ua"))).toBe(true);
  });

  it("keeps Russia's hedging and cites TASS and RBC, not a reprint", () => {
    const e = event("russia-reply-2025-11-21");
    expect(e?.description).toMatch(/in all likelihood/);
    expect(e?.description).toMatch(/presumably/);
    const urls = e?.sources.map((s) => s.url) ?? [];
    expect(urls).toContain("https://tass.ru/politika/25692653");
    expect(urls.some((u) => u.includes("rbc.ru/politics/21/11/2025"))).toBe(true);
    expect(urls.some((u) => u.includes("prabhatpost"))).toBe(false);
    const hit = strike("kyiv-embassy-compound-hit-2025-11-14");
    expect(hit?.disputed.find((d) => d.what === "attribution")?.detail).toMatch(/presumably/);
  });

  it("does not claim the park's marker is exact to 60 m", () => {
    const park = mission("heydar-aliyev-park-kyiv");
    expect(park?.locationPrecision).not.toBe("exact");
    expect(park?.uncertaintyM).toBeGreaterThanOrEqual(100);
  });

  it("widens the Orlivka station's radius to cover both Novosilske readings and records the conflict", () => {
    for (const rec of [
      mission("gas-station-orlivka-novosilske"),
      strike("orlivka-gas-station-2025-08-06"),
    ]) {
      // The due-north reading lies about 8.1 km from the point.
      expect(rec?.uncertaintyM).toBeGreaterThanOrEqual(8_200);
      expect(rec?.disputed.some((d) => /kampuspedia/.test(d.by))).toBe(true);
    }
  });

  it("says the filling station's 23:00 was the alert, not an impact time", () => {
    const s = strike("socar-filling-station-2025-08-17");
    expect(s?.timeNote).toMatch(/alert/);
    expect(s?.time).not.toBe("2025-08-17T23:00:00+03:00");
  });

  it("adds Russia's reply to Aliyev, the UN Secretary-General and the Aliyev–Zelensky call", () => {
    for (const id of [
      "russia-mfa-reply-to-aliyev-2026-02-14",
      "un-secretary-general-condemns-2025-11-14",
      "aliyev-zelensky-call-2025-11-14",
    ]) {
      expect(event(id)?.sources.length, id).toBeGreaterThan(0);
    }
  });
});
