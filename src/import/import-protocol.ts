/** Messages between the import client (main thread) and the import worker. */
import type { StrikeWire } from "./strike-wire";
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
   * A run of the outcome's strikes in compact form (./strike-wire), sent before "done": the page
   * decodes each run as it arrives, while the worker packs the next.
   */
  | { readonly id: number; readonly kind: "strikes"; readonly wire: StrikeWire }
  /** The outcome; its strikes follow those of any earlier "strikes" messages, in order. */
  | { readonly id: number; readonly kind: "done"; readonly outcome: ImportOutcome }
  /** The outcome could not be sent whole: the page drops any runs received and reports `reason`. */
  | { readonly id: number; readonly kind: "failed"; readonly reason: string };

/**
 * Strikes per "strikes" message: the page decodes one in a task of ~5–25 ms on this 2-core
 * machine (as objects, 1000 strikes took 30–80 ms to deserialise).
 */
export const STRIKES_PER_MESSAGE = 4096;
