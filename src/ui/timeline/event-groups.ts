import type { DiplomaticEvent, TimeWindow } from "@/domain/types";
import { fractionOf } from "./track-math";

export interface EventGroup {
  /** Stable key: the first event's id. */
  readonly key: string;
  /** Position of the first event across the view, 0–1. */
  readonly fraction: number;
  readonly events: readonly DiplomaticEvent[];
}

/**
 * The events inside `view` (time-sorted), gathered into groups whose markers would overlap: an
 * event joins the current group when it lies less than `minGapPx` after the group's first event on
 * a track `widthPx` wide. With an unknown width (0), every event is its own group.
 * Never mutates its inputs.
 */
export function groupEvents(
  events: readonly DiplomaticEvent[],
  view: TimeWindow,
  widthPx: number,
  minGapPx: number,
): EventGroup[] {
  const groups: { key: string; fraction: number; events: DiplomaticEvent[] }[] = [];
  for (const e of events) {
    if (e.tMs < view.startMs || e.tMs >= view.endMs) continue;
    const fraction = fractionOf(e.tMs, view);
    const last = groups[groups.length - 1];
    if (last && widthPx > 0 && (fraction - last.fraction) * widthPx < minGapPx) last.events.push(e);
    else groups.push({ key: e.id, fraction, events: [e] });
  }
  return groups;
}
