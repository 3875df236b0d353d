/**
 * Reads GeographicLib's geodesic test data (test/fixtures/geodtest) and measures our error.
 * Each line: lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 S12 (degrees, metres).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface GeodRow {
  readonly lat1: number;
  readonly lon1: number;
  readonly azi1: number;
  readonly lat2: number;
  readonly lon2: number;
  readonly azi2: number;
  readonly s12: number;
  /** Reduced length m12, metres (≈ 0 for nearly antipodal lines, where azimuths are ill-conditioned). */
  readonly m12: number;
}

const DIR = fileURLToPath(new URL("../../test/fixtures/geodtest/", import.meta.url));

/** Parses one GeodTest file from the fixtures folder. */
export function readGeodTest(name: string): GeodRow[] {
  return readFileSync(DIR + name, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const v = line.trim().split(/\s+/).map(Number);
      return {
        lat1: v[0] as number,
        lon1: v[1] as number,
        azi1: v[2] as number,
        lat2: v[3] as number,
        lon2: v[4] as number,
        azi2: v[5] as number,
        s12: v[6] as number,
        m12: v[8] as number,
      };
    });
}
