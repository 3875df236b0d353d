/** The compact form of strikes sent from the import worker: exact round trips, checked wires. */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Strike } from "@/domain/types";
import { importBytes } from "@/import/import-file";
import { decodeStrikes, encodeStrikes, type StrikeWire, wireTransfer } from "@/import/strike-wire";
import { strike } from "../helpers/domain-fixtures";

const DIR = "test/fixtures/import";

/** Through postMessage's structured clone, with the arrays transferred. */
const sent = (wire: StrikeWire): StrikeWire =>
  structuredClone(wire, { transfer: wireTransfer(wire) });
const roundTrip = (strikes: readonly Strike[]) => decodeStrikes(sent(encodeStrikes(strikes)));

async function importedStrikes(): Promise<Strike[]> {
  const all: Strike[] = [];
  for (const file of readdirSync(DIR).filter((f) =>
    /\.(csv|tsv|geojson|kml|kmz|gpx|json)$/.test(f),
  )) {
    const outcome = await importBytes(file, readFileSync(`${DIR}/${file}`), {
      target: "strikes",
      zone: "Europe/Kyiv",
      defaultUncertaintyM: 500,
      layerId: "L1",
    });
    all.push(...outcome.strikes);
  }
  return all;
}

describe("encodeStrikes / decodeStrikes", () => {
  it("gives back every strike the importers build on the golden fixtures, packed", async () => {
    const strikes = await importedStrikes();
    expect(strikes.length).toBeGreaterThan(15);
    const wire = encodeStrikes(strikes);
    // All of them take the packed path: the importers build only that shape.
    expect(wire.others).toEqual([]);
    expect(roundTrip(strikes)).toStrictEqual(strikes);
  });

  it("carries strikes of any other shape as they are, in their place", () => {
    const rich = [
      strike({ id: "a", time: "2025-11-14T01:00:00+02:00" }),
      strike({ id: "b", time: "2025-11-14T01:00:00+02:00", timeNote: "from a video" }),
      strike({
        id: "c",
        time: "2025-11-14T01:00:00+02:00",
        casualties: {},
        name: { en: "C", uk: "С" },
      }),
    ];
    const plain = strike({
      id: "p",
      time: "2025-11-14T01:00:00+02:00",
      casualties: {},
      layerId: "L",
      defaulted: ["uncertainty"],
    });
    const mixed = [rich[0], plain, rich[1], plain, rich[2]] as Strike[];
    const wire = encodeStrikes(mixed);
    expect(wire.others.map(([i]) => i)).toEqual([0, 2, 4]);
    expect(roundTrip(mixed)).toStrictEqual(mixed);
  });

  it("round-trips generated strikes exactly (property)", () => {
    const text = fc.string({ maxLength: 12, unit: "grapheme" });
    const np = { noNullPrototype: true } as const;
    const plainSource = fc.record({ url: text, publisher: text, title: text }, np);
    // The packed shape, with any values.
    const plain = fc.record(
      {
        confidence: fc.constantFrom("high", "medium", "low"),
        locationPrecision: fc.constantFrom("exact", "street", "district", "city"),
        uncertaintyM: fc.double(),
        sources: fc.array(plainSource, { maxLength: 3 }),
        disputed: fc.constant([]),
        layerId: fc.option(text, { nil: undefined }),
        defaulted: fc.option(fc.subarray(["uncertainty", "time-zone", "weapon"] as const), {
          nil: undefined,
        }),
        id: text,
        mapId: fc.nat(),
        name: text.map((en) => ({ en })),
        time: text,
        tMs: fc.double(),
        timePrecision: fc.constantFrom("minute", "hour", "day"),
        weaponClass: fc.constantFrom("ballistic", "drone", "unknown"),
        weaponText: text,
        lngLat: fc.tuple(fc.double(), fc.double()),
        description: text,
        damage: text,
        casualties: fc.constant({}),
        missionIds: fc.constant([]),
      },
      np,
    );
    // The same with one of the parts the packed form does not carry.
    const parts: Record<string, fc.Arbitrary<unknown>> = {
      timeNote: text,
      locationMethod: text,
      timeWindow: fc.record({ startMs: fc.double(), endMs: fc.double() }, np),
      reportedDistances: fc.array(fc.record({ missionId: text, wording: text }, np)),
      name: fc.record({ en: text, uk: text }, np),
      casualties: fc.oneof(
        fc.record({ killed: fc.nat() }, np),
        fc.record({ injured: fc.nat() }, np),
        fc.record({ note: text }, np),
      ),
      disputed: fc.array(fc.record({ what: text, by: text }, np), { minLength: 1, maxLength: 2 }),
      missionIds: fc.array(text, { minLength: 1, maxLength: 2 }),
      sources: fc.array(
        fc.oneof(
          fc.record({ url: text, publisher: text, title: text, date: text }, np),
          fc.record({ url: text, publisher: text, title: text, archiveUrl: text }, np),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    };
    const extra = fc.oneof(
      ...Object.entries(parts).map(([key, arb]) => arb.map((v) => ({ [key]: v }))),
    );
    const rich = fc.tuple(plain, extra).map(([p, x]) => ({ ...p, ...x }));
    const gen = fc.oneof(plain, rich) as fc.Arbitrary<Strike>;
    let packed = 0;
    fc.assert(
      fc.property(fc.array(gen, { maxLength: 8 }), (strikes) => {
        const wire = encodeStrikes(strikes);
        packed += wire.count - wire.others.length;
        expect(roundTrip(strikes)).toStrictEqual(strikes);
      }),
      { numRuns: 500, seed: 5 },
    );
    expect(packed).toBeGreaterThan(50);
  });

  it("throws on a wire whose parts disagree, instead of making up records", async () => {
    const strikes = (await importedStrikes()).slice(0, 5);
    const wire = encodeStrikes(strikes);
    const broken: StrikeWire[] = [
      { ...wire, lengths: wire.lengths.subarray(1) },
      { ...wire, text: wire.text.slice(1) },
      { ...wire, numbers: wire.numbers.subarray(5) },
      { ...wire, values: wire.values.slice(0, 1) },
      { ...wire, count: wire.count + 1 },
      { ...wire, sourceCodes: new Uint32Array(0) },
      { ...wire, others: [[9, strikes[0] as Strike]] },
    ];
    for (const w of broken) expect(() => decodeStrikes(w)).toThrow(/inconsistent/);
    expect(decodeStrikes(wire)).toStrictEqual(strikes);
  });
});
