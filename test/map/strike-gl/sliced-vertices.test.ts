import { describe, expect, it } from "vitest";
import { FLOATS_PER_STRIKE } from "@/map/strike-gl/instance-data";
import { quadVertices, writeQuadVertices } from "@/map/strike-gl/quad-vertices";
import { buildQuadVerticesSliced } from "@/map/strike-gl/sliced-vertices";

/** Five strikes with distinct records (strike s holds 10s+1 … 10s+7). */
const records = Float32Array.from(
  { length: 5 * FLOATS_PER_STRIKE },
  (_, i) => 10 * Math.floor(i / FLOATS_PER_STRIKE) + (i % FLOATS_PER_STRIKE) + 1,
);

/** A task queue run by hand: `run()` runs one queued task. */
function queue() {
  const tasks: (() => void)[] = [];
  return {
    next: (task: () => void) => tasks.push(task),
    run: () => tasks.shift()?.(),
    get size() {
      return tasks.length;
    },
  };
}

describe("writeQuadVertices", () => {
  it("fills only the given strikes, at their places in the whole buffer", () => {
    const whole = quadVertices(records);
    const out = new Float32Array(whole.length);
    writeQuadVertices(records, out, 2, 4);
    const per = whole.length / 5;
    expect(Array.from(out.subarray(2 * per, 4 * per))).toEqual(
      Array.from(whole.subarray(2 * per, 4 * per)),
    );
    expect(out.subarray(0, 2 * per).every((x) => x === 0)).toBe(true);
    expect(out.subarray(4 * per).every((x) => x === 0)).toBe(true);
  });
});

describe("buildQuadVerticesSliced", () => {
  it("builds the same vertices as quadVertices, two strikes per task, none synchronously", () => {
    const q = queue();
    let result: Float32Array | undefined;
    buildQuadVerticesSliced(records, (v) => (result = v), q.next, 2);
    let tasks = 0;
    while (q.size > 0) {
      expect(result).toBeUndefined();
      q.run();
      tasks++;
    }
    expect(tasks).toBe(3);
    expect(Array.from(result ?? [])).toEqual(Array.from(quadVertices(records)));
  });

  it("stops and never reports once cancelled", () => {
    const q = queue();
    let calls = 0;
    const cancel = buildQuadVerticesSliced(records, () => calls++, q.next, 2);
    q.run();
    cancel();
    while (q.size > 0) q.run();
    expect(calls).toBe(0);
  });

  it("reports an empty buffer for no strikes, in a later task", () => {
    const q = queue();
    let result: Float32Array | undefined;
    buildQuadVerticesSliced(new Float32Array(0), (v) => (result = v), q.next);
    expect(result).toBeUndefined();
    q.run();
    expect(result?.length).toBe(0);
  });
});
