import type { TimeWindow } from "@/domain/types";
import type { I18n } from "@/i18n/translator";
import { formatDateTime } from "@/lib/format";
import { dateParts } from "@/lib/intl-cache";

function compact(tMs: number, timeZone: string, { fmt }: Pick<I18n, "fmt">): string {
  const p = dateParts(
    fmt.tag,
    {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    },
    tMs,
  );
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/**
 * The timeline's count line: "12 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)".
 * `zoneLabel` is the short name of the zone shown in brackets.
 */
export function windowCountLabel(
  count: number,
  window: TimeWindow,
  timeZone: string,
  zoneLabel: string,
  i18n: Pick<I18n, "t" | "fmt">,
): string {
  const range = `${compact(window.startMs, timeZone, i18n)} – ${compact(window.endMs, timeZone, i18n)}`;
  return i18n.t("timeline.count", { count, range, zone: zoneLabel });
}

/** A handle's aria-valuetext: "13 Nov 2025, 18:00 Kyiv". */
export function handleValueText(
  tMs: number,
  timeZone: string,
  zoneLabel: string,
  { t, fmt }: Pick<I18n, "t" | "fmt">,
): string {
  return t("timeline.handleValue", { time: formatDateTime(tMs, timeZone, fmt), zone: zoneLabel });
}
