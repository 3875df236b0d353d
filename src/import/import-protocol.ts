/** Messages between the import client (main thread) and the import worker. */
import type { Strike } from "@/domain/types";
import type { ImportOutcome, ImportSettings } from "./types";

export type ImportRequest =
  | {
      readonly id: number;
      readonly name: string;
      readonly file: Blob;
      readonly settings: ImportSettings;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly settings: ImportSettings;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly text: string;
      readonly settings: ImportSettings;
    };

export type ImportResponse =
  | { readonly id: number; readonly kind: "progress"; readonly fraction: number }
  /**
   * A run of the outcome's strikes, sent before "done" so that no single message (each is
   * deserialised in one main-thread task) carries tens of thousands of records.
   */
  | { readonly id: number; readonly kind: "strikes"; readonly strikes: readonly Strike[] }
  /** The outcome; its strikes follow those of any earlier "strikes" messages, in order. */
  | { readonly id: number; readonly kind: "done"; readonly outcome: ImportOutcome };

/**
 * Strikes per "strikes" message: small enough to deserialise well within a 50 ms task even on a
 * loaded 2-core machine (1000 took 30–80 ms there).
 */
export const STRIKES_PER_MESSAGE = 400;
