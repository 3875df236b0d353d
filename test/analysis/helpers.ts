/** Shared helpers for the analysis tests (not a test file). */
import { readFileSync } from "node:fs";

/** Recursively freezes plain objects and arrays (typed arrays cannot be frozen; copy-compare them). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** mulberry32 PRNG, [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIXTURES = new URL("../fixtures/", import.meta.url);

/** Parsed JSON from test/fixtures/<path>. */
export function fixture<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), "utf8")) as T;
}

/** Rows of a GeodTest file: [lat1, lon1, azi1, lat2, lon2, azi2, s12, a12, m12, S12]. */
export function geodTest(name: string): number[][] {
  return readFileSync(new URL(`geodtest/${name}`, FIXTURES), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/\s+/).map(Number));
}

/** Signed difference of two azimuths in degrees, in (-180, 180]. */
export function angleDiffDeg(a: number, b: number): number {
  const d = (((a - b) % 360) + 540) % 360;
  return d - 180;
}
