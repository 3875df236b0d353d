import type { I18n } from "@/i18n/translator";
import { formatDistance } from "@/lib/format";
import type { Measurement } from "@/state/measure-selectors";
import { selectVisibleStrikeCount } from "@/state/selectors";
import type { MeasurePoint } from "@/state/slices/tool-slice";
import type { AppState } from "@/state/store";
import { selectTimeZone } from "@/state/time-selectors";
import { briefFilters } from "../brief/brief-text";
import { segmentText, vertexLabel } from "../measure/measure-text";
import { windowCountLabel } from "../timeline/time-format";
import { zoneLabel } from "../zone";

/** "Time window: 12 strikes · 13 Nov 2025 18:00 – 14 Nov 2025 06:00 (Kyiv)". */
export function windowAnnouncement(s: AppState, i18n: I18n): string {
  const summary = windowCountLabel(
    selectVisibleStrikeCount(s),
    s.timeWindow,
    selectTimeZone(s),
    zoneLabel(s.zoneMode, i18n),
    i18n,
  );
  return i18n.t("announce.window", { summary });
}

/** "Filters: confidence hidden: Low. 9 strikes shown in the time window." */
export function filtersAnnouncement(s: AppState, i18n: I18n): string {
  return i18n.t("announce.filters", {
    hidden: briefFilters(s, i18n),
    count: selectVisibleStrikeCount(s),
  });
}

const samePoint = (a: MeasurePoint | undefined, b: MeasurePoint | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.lngLat[0] === b.lngLat[0] &&
  a.lngLat[1] === b.lngLat[1] &&
  a.ref?.kind === b.ref?.kind &&
  a.ref?.id === b.ref?.id;

/**
 * What a measurement change says: the added point's segment (or its place, for the first), the
 * moved point's segments, a removal, or "cleared"; the total when there are two segments or more.
 * Undefined when nothing a listener cares about changed.
 */
export function measureAnnouncement(
  prev: readonly MeasurePoint[],
  next: readonly MeasurePoint[],
  m: Measurement,
  s: AppState,
  i18n: I18n,
): string | undefined {
  const zone = selectTimeZone(s);
  const seg = (fromIndex: number) => {
    const segment = m.segments.find((x) => x.fromIndex === fromIndex);
    return segment ? segmentText(m, segment, s.distanceUnit, zone, i18n) : undefined;
  };
  const total =
    m.segments.length > 1
      ? ` ${i18n.t("measure.total", { distance: formatDistance(m.totalM, s.distanceUnit, i18n.fmt) })}`
      : "";
  if (next.length === 0) return prev.length > 0 ? i18n.t("announce.measureCleared") : undefined;
  const changed = next.filter((p, i) => !samePoint(p, prev[i])).map((p) => next.indexOf(p));
  const prefixKept = prev.slice(0, next.length).every((p, i) => samePoint(p, next[i]));
  if (next.length === prev.length - 1 && prefixKept)
    return i18n.t("announce.pointRemoved", { count: next.length }) + total;
  if (next.length === prev.length + 1 && changed.length === 1 && changed[0] === prev.length) {
    const i = next.length - 1;
    const vertex = m.vertices[i];
    const text = i === 0 ? (vertex ? vertexLabel(vertex, zone, i18n) : "") : (seg(i - 1) ?? "");
    return `${i18n.t("announce.pointAdded", { n: i + 1, text })}${total}`;
  }
  if (next.length === prev.length && changed.length <= 1) {
    const moved = changed[0];
    if (moved === undefined) return undefined;
    const vertex = m.vertices[moved];
    const parts = [seg(moved - 1), seg(moved)].filter((x): x is string => x !== undefined);
    const text = parts.length ? parts.join("; ") : vertex ? vertexLabel(vertex, zone, i18n) : "";
    return `${i18n.t("announce.pointMoved", { n: moved + 1, text })}${total}`;
  }
  // Replaced at once ("Measure to…", a link): the whole measurement.
  const all = m.segments.map((x) => seg(x.fromIndex) ?? "").join("; ");
  return `${i18n.t("announce.measured", { text: all })}${total}`;
}
