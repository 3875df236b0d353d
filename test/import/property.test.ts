/** Property: random mutations of valid files never throw out of importBytes, and what comes out is sound. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import type { ImportOutcome } from "@/import/types";
import { parseIsoWithOffset } from "@/lib/iso-time";

const settings = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "P",
} as const;

const mutation = (length: number) =>
  fc.oneof(
    fc.record({
      kind: fc.constant("delete"),
      at: fc.nat(length),
      n: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({
      kind: fc.constant("insert"),
      at: fc.nat(length),
      text: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          '"',
          "{",
          "}",
          "[",
          "]",
          ",",
          ";",
          "\t",
          "\n",
          "\r",
          "-",
          "NaN",
          "1e999",
          "null",
          "\u0000",
          "é",
          "24:00",
          "2025-02-30",
          "POINT (",
          "=cmd",
        ),
      ),
    }),
    fc.record({
      kind: fc.constant("duplicate"),
      at: fc.nat(length),
      n: fc.integer({ min: 1, max: 80 }),
    }),
  );

function apply(
  text: string,
  muts: readonly { kind: string; at: number; n?: number; text?: string }[],
): string {
  let t = text;
  for (const m of muts) {
    const at = Math.min(m.at, t.length);
    if (m.kind === "delete") t = t.slice(0, at) + t.slice(at + (m.n ?? 1));
    else if (m.kind === "insert") t = t.slice(0, at) + (m.text ?? "") + t.slice(at);
    else t = t.slice(0, at) + t.slice(at, at + (m.n ?? 1)) + t.slice(at);
  }
  return t;
}

function sound(o: ImportOutcome): void {
  expect(Array.isArray(o.problems)).toBe(true);
  for (const p of o.problems) expect(typeof p.reason).toBe("string");
  for (const s of o.strikes) {
    expect(parseIsoWithOffset(s.time)).toBe(s.tMs);
    expect(Math.abs(s.lngLat[1])).toBeLessThanOrEqual(90);
    expect(Math.abs(s.lngLat[0])).toBeLessThanOrEqual(180);
    expect(s.id.startsWith("P:")).toBe(true);
    for (const src of s.sources) expect(src.url).toMatch(/^https?:\/\//);
  }
}

describe.each(["strikes-basic.csv", "strikes.geojson", "timemap.json", "strikes.kml"])(
  "mutations of %s",
  (file) => {
    const text = readFileSync(`test/fixtures/import/${file}`, "utf8");
    it("never throw; every failure is a reported problem", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation(text.length), { minLength: 1, maxLength: 4 }),
          async (muts) => {
            const outcome = await importBytes(
              file,
              new TextEncoder().encode(apply(text, muts)),
              settings,
            );
            sound(outcome);
          },
        ),
        { numRuns: 150, seed: 10 },
      );
    });
  },
);
