import type { Strike } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import { blockMaxRadius } from "./halo-runs";
import { buildInstanceData } from "./instance-data";

/** What the strike layer draws from: the records (./instance-data) and each block's largest halo. */
export interface StrikeRecords {
  readonly data: Float32Array;
  readonly haloBlocks: Float32Array;
}

/**
 * The records of a strike set under a filter mask, memoised on both (the last two calls): a data
 * change can build them ahead of its commit (state/data-warmers.ts; ~35 ms at 100k strikes), and
 * the layer's `setStrikes` then finds them. Neither array is ever written after it is built.
 */
export const strikeRecords = memoizeLast(
  (strikes: readonly Strike[], shown: Uint8Array | undefined): StrikeRecords => {
    const data = buildInstanceData(strikes, shown);
    return { data, haloBlocks: blockMaxRadius(data, strikes.length) };
  },
  2,
);
