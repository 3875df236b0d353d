import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockMaxRadius, HALO_BLOCK, HALO_MIN_PX, haloRuns } from "@/map/strike-gl/halo-runs";
import { FLOATS_PER_STRIKE, HIDDEN } from "@/map/strike-gl/instance-data";

/** Records with only the radius and muted fields set, as buildInstanceData lays them out. */
function records(radii: readonly number[], hidden: ReadonlySet<number> = new Set()): Float32Array {
  const out = new Float32Array(radii.length * FLOATS_PER_STRIKE);
  radii.forEach((r, i) => {
    out[i * FLOATS_PER_STRIKE + 4] = r;
    out[i * FLOATS_PER_STRIKE + 6] = hidden.has(i) ? HIDDEN : 0;
  });
  return out;
}

const covered = (runs: number[], i: number) => {
  for (let r = 0; r < runs.length; r += 2)
    if (i >= (runs[r] as number) && i < (runs[r + 1] as number)) return true;
  return false;
};

describe("halo runs", () => {
  it("keeps each block's largest radius, ignoring hidden strikes", () => {
    const radii = Array.from({ length: 2 * HALO_BLOCK + 3 }, () => 1);
    radii[5] = 7;
    radii[HALO_BLOCK + 9] = 9;
    radii[2 * HALO_BLOCK + 1] = 4;
    const blocks = blockMaxRadius(records(radii, new Set([HALO_BLOCK + 9])), radii.length);
    expect(Array.from(blocks)).toEqual([7, 1, 4]);
  });

  it("draws nothing when every halo is under two pixels, everything when all reach it", () => {
    const blocks = blockMaxRadius(records(Array(1000).fill(10)), 1000);
    expect(haloRuns(blocks, 0, 1000, HALO_MIN_PX / 10 / 2)).toEqual([]);
    expect(haloRuns(blocks, 0, 1000, HALO_MIN_PX / 10)).toEqual([0, 1000]);
    expect(haloRuns(blocks, 300, 301, 1)).toEqual([300, 301]);
    expect(haloRuns(blocks, 5, 5, 1)).toEqual([]);
  });

  it("clips runs to the window, joins near ones and keeps far ones apart", () => {
    const n = 40 * HALO_BLOCK;
    const radii = Array(n).fill(0);
    radii[3] = 5; // block 0
    radii[2 * HALO_BLOCK] = 5; // block 2: joined to block 0
    radii[30 * HALO_BLOCK + 1] = 5; // block 30: its own run
    const blocks = blockMaxRadius(records(radii), n);
    expect(haloRuns(blocks, 1, n - 7, 1)).toEqual([
      1,
      3 * HALO_BLOCK,
      30 * HALO_BLOCK,
      31 * HALO_BLOCK,
    ]);
  });

  it("never leaves out a strike whose halo reaches two pixels (random windows)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        // A few halos among many that never show, so that blocks differ.
        fc.array(fc.tuple(fc.nat(), fc.float({ min: 0, max: 10, noNaN: true })), {
          maxLength: 12,
        }),
        fc.nat(),
        fc.nat(),
        fc.float({ min: Math.fround(0.05), max: 50, noNaN: true }),
        (n, spikes, a, b, pxPerUnit) => {
          const radii = Array<number>(n).fill(0);
          for (const [at, r] of spikes) radii[at % n] = r;
          const lo = a % n;
          const hi = lo + (b % (n - lo + 1));
          const runs = haloRuns(blockMaxRadius(records(radii), n), lo, hi, pxPerUnit);
          for (let r = 0; r < runs.length; r += 2) {
            expect(runs[r]).toBeGreaterThanOrEqual(lo);
            expect(runs[r + 1]).toBeLessThanOrEqual(hi);
            expect(runs[r + 1]).toBeGreaterThan(runs[r] as number);
            if (r > 0) expect(runs[r]).toBeGreaterThan(runs[r - 1] as number);
          }
          for (let i = lo; i < hi; i++)
            if (Math.fround(radii[i] as number) * pxPerUnit >= HALO_MIN_PX)
              expect(covered(runs, i), `strike ${i}`).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
