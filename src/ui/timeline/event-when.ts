import type { DiplomaticEvent } from "@/domain/types";
import type { I18n } from "@/i18n/translator";
import { formatAtPrecision } from "@/lib/format";

/** An event's date at the precision the data states (a year, a month, a day, or a time). */
export function eventWhen(event: DiplomaticEvent, timeZone: string, { fmt }: Pick<I18n, "fmt">) {
  // A night-precision event shows its date (the night's label belongs to strikes).
  const precision = event.timePrecision === "night" ? "day" : event.timePrecision;
  return formatAtPrecision(event.tMs, precision, timeZone, event.timeWindow, fmt);
}
