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
    return this.within(x, y, radius, lo, hi)[0];
  }

  /**
   * Every strike in `[lo, hi)` within `radius` Mercator units of `(x, y)`, nearest first, the
   * latest first among equally near ones (the one drawn on top). Indices in time order.
   */
  within(x: number, y: number, radius: number, lo: number, hi: number): number[] {
    const found = this.index.within(x, y, radius).filter((i) => i >= lo && i < hi);
    const d = (i: number) => Math.hypot((this.x[i] as number) - x, (this.y[i] as number) - y);
    return found.sort((a, b) => d(a) - d(b) || b - a);
  }
}
