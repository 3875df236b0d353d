import KDBush from "kdbush";
import type { Strike } from "@/domain/types";
import { mercatorX, mercatorY } from "./instance-data";

/**
 * A static spatial index (k-d tree) over the Web Mercator positions of time-sorted strikes, so the
 * strikes under a pointer can be found without asking the renderer — the companion of the GL
 * layer, which has no per-feature hit boxes. Index ids equal the strikes' positions in time order.
 */
export class StrikeHitIndex {
  private readonly index: KDBush;
  private readonly x: Float64Array;
  private readonly y: Float64Array;

  constructor(strikes: readonly Strike[]) {
    this.index = new KDBush(Math.max(1, strikes.length));
    this.x = Float64Array.from(strikes, (s) => mercatorX(s.lngLat[0]));
    this.y = Float64Array.from(strikes, (s) => mercatorY(s.lngLat[1]));
    for (let i = 0; i < strikes.length; i++)
      this.index.add(this.x[i] as number, this.y[i] as number);
    if (strikes.length === 0) this.index.add(Number.NaN, Number.NaN);
    this.index.finish();
  }

  /**
   * The index (time order) of the strike in `[lo, hi)` nearest to Mercator point `(x, y)` within
   * `radius` Mercator units, or undefined. Latest strike wins a tie (it is drawn on top).
   */
  nearest(x: number, y: number, radius: number, lo: number, hi: number): number | undefined {
    let best: number | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    for (const i of this.index.within(x, y, radius)) {
      if (i < lo || i >= hi) continue;
      const d = Math.hypot((this.x[i] as number) - x, (this.y[i] as number) - y);
      if (d < bestD || (d === bestD && best !== undefined && i > best)) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }
}
