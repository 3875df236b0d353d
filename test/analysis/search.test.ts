import { describe, expect, it } from "vitest";
import { buildSearchIndex, search } from "@/analysis/search";
import type { Mission } from "@/domain/types";
import { embassy, strike } from "../helpers/domain-fixtures";

const kyivEmbassy: Mission = {
  ...embassy,
  id: "embassy-kyiv",
  name: {
    en: "Embassy of Azerbaijan in Kyiv",
    uk: "Посольство Азербайджанської Республіки в Україні",
    az: "Azərbaycan Respublikasının Ukraynadakı Səfirliyi",
  },
};
const kharkiv: Mission = {
  ...embassy,
  id: "kharkiv",
  mapId: 2,
  name: { en: "Consulate in Kharkiv", uk: "Консульство в Харкові" },
};
const strikes = [
  strike({
    id: "crater",
    time: "2024-01-02T08:00:00+02:00",
    name: { en: "Kinzhal crater about 35 steps from the embassy" },
    weaponClass: "aeroballistic",
    weaponText: "Kh-47M2 Kinzhal",
  }),
  strike({
    id: "compound",
    time: "2025-11-14T01:00:00+02:00",
    name: { en: "Iskander-type missile hits the embassy compound", uk: "Іскандер влучив у Київ" },
    weaponText: "Iskander-type missile",
    sources: [{ url: "https://apa.az/x", publisher: "APA", title: "Statement" }],
  }),
  strike({
    id: "debris",
    time: "2025-11-14T01:00:00+02:00",
    name: { en: "Debris in a yard" },
    description: "Fell near an Iskander impact.",
    weaponText: "debris",
  }),
];
const index = buildSearchIndex(strikes, [kyivEmbassy, kharkiv]);
const ids = (q: string) => search(index, q).map((h) => h.id);

describe("search", () => {
  it("ranks a name match above a description match", () => {
    expect(ids("Iskander")).toEqual(["compound", "debris"]);
  });
  it("matches every token (AND) across fields", () => {
    expect(ids("kinzhal 2024")).toEqual(["crater"]);
    expect(ids("kinzhal 2025")).toEqual([]);
  });
  it("finds a date as people type it", () => {
    expect(ids("2 Jan 2024")).toEqual(["crater"]);
    expect(ids("2024-01-02")).toEqual(["crater"]);
  });
  it("matches Azerbaijani names without their letters", () => {
    expect(ids("sefirliyi")).toEqual(["embassy-kyiv"]);
    expect(ids("Azərbaycan")).toEqual(["embassy-kyiv"]);
  });
  it("matches Ukrainian names in either script", () => {
    expect(ids("Харків")).toEqual(["kharkiv"]);
    expect(ids("kharkovi")).toEqual(["kharkiv"]); // the locative "Харкові", transliterated
    expect(ids("kharkivx")).toEqual([]);
    expect(ids("Kharkiv")).toEqual(["kharkiv"]);
    expect(ids("Київ")).toEqual(["embassy-kyiv", "compound"]);
    expect(ids("Посольство")).toEqual(["embassy-kyiv"]);
  });
  it("finds a source publisher and returns nothing for an empty query", () => {
    expect(ids("apa")).toEqual(["compound"]);
    expect(search(index, "   ")).toEqual([]);
  });
});
