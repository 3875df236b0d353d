import { strikeMissionDistances } from "@/analysis/proximity";
import { type HistoryMark, siteHistory, strikeTimeSpans } from "@/analysis/site-history";
import type { Mission, Strike } from "@/domain/types";
import { memoizeLast } from "@/lib/memoize-last";
import { strikeColumns } from "./proximity-selectors";
import { selectSelectedMission } from "./selectors";
import type { AppState } from "./store";

/**
 * One row of a site's history: a mark of `siteHistory` with its strike in place of the index. Its
 * distance and interval are geographiclib's (as in the strike's details), not the engine kernel's.
 */
export interface HistoryRow extends Omit<HistoryMark, "index"> {
  readonly strike: Strike;
  /** The sources' own wording of the distance to this site, when they give one. */
  readonly reported?: string | undefined;
}

export interface MissionHistory {
  /** Every strike in the data (the history ignores the time window). */
  readonly total: number;
  readonly rows: readonly HistoryRow[];
  /** True when the rows are the closest strike per time slice, not every strike. */
  readonly aggregated: boolean;
}

const NONE: MissionHistory = { total: 0, rows: [], aggregated: false };
/** Spans use Kyiv time: the data's days and nights are Kyiv days and nights. */
const spansOf = memoizeLast((strikes: readonly Strike[]) =>
  strikeTimeSpans(strikes, "Europe/Kyiv"),
);

const history = memoizeLast(
  (mission: Mission | undefined, strikes: readonly Strike[]): MissionHistory => {
    if (!mission || strikes.length === 0) return NONE;
    const h = siteHistory(mission, strikeColumns(strikes), spansOf(strikes));
    const rows = h.marks.flatMap((m): HistoryRow[] => {
      const strike = strikes[m.index];
      const d = strike ? strikeMissionDistances(strike, [mission])[0] : undefined;
      if (!strike || !d) return [];
      const reported = strike.reportedDistances?.find((r) => r.missionId === mission.id)?.wording;
      return [
        {
          strike,
          distanceM: d.distanceM,
          minM: d.minM,
          maxM: d.maxM,
          startMs: m.startMs,
          endMs: m.endMs,
          count: m.count,
          slice: m.slice,
          reported,
        },
      ];
    });
    return { total: h.total, rows, aggregated: h.aggregated };
  },
);

/**
 * The selected mission's history over the whole data set: every strike by time and distance
 * (or, above the mark limit, the closest per time slice, with the total stated). Not the window.
 */
export const selectMissionHistory = (s: AppState): MissionHistory =>
  history(selectSelectedMission(s), s.strikes);
