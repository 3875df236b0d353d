/** Messages between the import client (main thread) and the import worker. */
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
  | { readonly id: number; readonly kind: "done"; readonly outcome: ImportOutcome };
