import { describe, expect, it } from "vitest";
import { detectDateOrder, parseDateTime } from "@/import/dates";
import type { DateOrder } from "@/import/types";
import { formatIsoWithOffset, zoneResolver } from "@/import/zone-resolve";

/** Parses and resolves in Europe/Kyiv; returns the ISO time, "error: …" or the edge. */
function kyiv(date: string, time?: string, order?: DateOrder): string {
  const r = parseDateTime(date, time, order);
  if ("error" in r) return `error: ${r.error}`;
  if (r.offsetMs !== undefined)
    return `${formatIsoWithOffset(r.wallMs - r.offsetMs, r.offsetMs)} ${r.precision}`;
  const z = zoneResolver("Europe/Kyiv", r.wallMs, r.wallMs)(r.wallMs);
  return `${formatIsoWithOffset(z.tMs, z.offsetMs)} ${r.precision}${z.edge ? ` ${z.edge}` : ""}`;
}

describe("parseDateTime + Kyiv zone", () => {
  it.each([
    ["2025-07-14T02:40:00+03:00", undefined, undefined, "2025-07-14T02:40+03:00 minute"],
    ["2025-07-14T02:40Z", undefined, undefined, "2025-07-14T02:40+00:00 minute"],
    ["2025-07-14 02:40", undefined, undefined, "2025-07-14T02:40+03:00 minute"],
    ["2025-01-14 02:40", undefined, undefined, "2025-01-14T02:40+02:00 minute"],
    ["2025-07-14", undefined, undefined, "2025-07-14T00:00+03:00 day"],
    ["2025-07-14", "23:05", undefined, "2025-07-14T23:05+03:00 minute"],
    ["2025-07-14", "11:05 pm", undefined, "2025-07-14T23:05+03:00 minute"],
    ["14.07.2025", "02:40", undefined, "2025-07-14T02:40+03:00 minute"],
    ["14/07/2025", undefined, undefined, "2025-07-14T00:00+03:00 day"],
    ["07/14/2025", undefined, undefined, "2025-07-14T00:00+03:00 day"],
    ["03/04/2025", undefined, "dmy", "2025-04-03T00:00+03:00 day"],
    ["03/04/2025", undefined, "mdy", "2025-03-04T00:00+02:00 day"],
    ["2025/07/14 02:40", undefined, undefined, "2025-07-14T02:40+03:00 minute"],
    // DST edges (documented rule in zone-resolve.ts): skipped → shifted forward; repeated → first.
    ["2025-03-30 03:30", undefined, undefined, "2025-03-30T04:30+03:00 minute skipped"],
    ["2025-03-30 02:59", undefined, undefined, "2025-03-30T02:59+02:00 minute"],
    ["2025-03-30 04:00", undefined, undefined, "2025-03-30T04:00+03:00 minute"],
    ["2025-10-26 03:30", undefined, undefined, "2025-10-26T03:30+03:00 minute repeated"],
    ["2025-10-26 04:00", undefined, undefined, "2025-10-26T04:00+02:00 minute"],
  ])("%s %s (%s) → %s", (date, time, order, expected) => {
    expect(kyiv(date, time, order as DateOrder | undefined)).toBe(expected);
  });

  it.each([
    ["2025-02-30", undefined, "day 30 does not exist in month 2 of 2025"],
    ["2024-02-30", undefined, "day 30 does not exist"],
    ["2025-13-01", undefined, "month 13 does not exist"],
    ["2025-07-14T24:00", undefined, "hour 24 does not exist"],
    ["2025-07-14", "24:00", "hour 24 does not exist"],
    ["2025-07-14", "12:60", "minute 60 does not exist"],
    ["03/04/2025", undefined, "could be day/month or month/day"],
    ["1850-01-01", undefined, "year 1850 is outside"],
    ["yesterday", undefined, "is not a date"],
    ["", undefined, "the date is empty"],
    ["2025-07-14T02:40", "03:00", "already has a time"],
  ])("rejects %s %s: %s", (date, time, reason) => {
    expect(kyiv(date, time)).toContain(reason);
  });

  it("accepts 29 February only in leap years", () => {
    expect(kyiv("2024-02-29")).toBe("2024-02-29T00:00+02:00 day");
    expect(kyiv("2025-02-29")).toContain("error");
  });
});

describe("detectDateOrder", () => {
  it.each([
    [["13/01/2025", "02/03/2025"], "dmy"],
    [["01/13/2025", "02/03/2025"], "mdy"],
    [["01/02/2025", "02/03/2025"], "ambiguous"],
    [["13/01/2025", "01/13/2025"], "inconsistent"],
    [["01.02.2025"], "dmy"],
    [["2025-01-02"], "none"],
  ] as const)("%j → %s", (values, expected) => {
    expect(detectDateOrder(values)).toBe(expected);
  });
});
