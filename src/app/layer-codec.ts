import type { RecordCodec } from "@/data/layer-db";
import type { Strike } from "@/domain/types";
import { decodeStrikes, encodeStrikes, type StrikeWire } from "@/import/strike-wire";

/**
 * How saved layers keep their strikes in IndexedDB: the import worker's compact form
 * (import/strike-wire.ts), which gives back equal records.
 */
export const STRIKE_CODEC: RecordCodec = {
  encode: (records) => encodeStrikes(records as readonly Strike[]),
  decode: (stored) => decodeStrikes(stored as StrikeWire),
};
