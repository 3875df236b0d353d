/**
 * The messages that carry an import's outcome from the worker to the page. Pure; the worker posts
 * each as it is built, so that the page decodes one run while the worker packs the next.
 */
import { type ImportResponse, STRIKES_PER_MESSAGE } from "./import-protocol";
import { encodeStrikes, wireTransfer } from "./strike-wire";
import type { ImportOutcome } from "./types";

/** A message and the buffers to transfer with it. */
export interface OutgoingMessage {
  readonly message: ImportResponse;
  readonly transfer: ArrayBuffer[];
}

/**
 * The outcome's strikes in runs of STRIKES_PER_MESSAGE (compact form, ./strike-wire), in order,
 * then "done" with the rest of the outcome (its `strikes` empty): the page joins the runs.
 */
export function* outcomeMessages(id: number, outcome: ImportOutcome): Generator<OutgoingMessage> {
  const { strikes } = outcome;
  for (let i = 0; i < strikes.length; i += STRIKES_PER_MESSAGE) {
    const wire = encodeStrikes(strikes.slice(i, i + STRIKES_PER_MESSAGE));
    yield { message: { id, kind: "strikes", wire }, transfer: wireTransfer(wire) };
  }
  yield { message: { id, kind: "done", outcome: { ...outcome, strikes: [] } }, transfer: [] };
}
