import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from "react";
import { EVENT_KIND_LABEL } from "@/i18n/labels";
import type { I18n } from "@/i18n/translator";
import { selectTimelineView, selectTimeZone } from "@/state/time-selectors";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";
import { useMediaQuery } from "../use-media-query";
import { zoneLabel } from "../zone";
import { type EventGroup, groupEvents } from "./event-groups";
import { eventWhen } from "./event-when";

// The popover (and its source list) is fetched when a marker is first opened.
const EventPopover = lazy(() =>
  import("./EventPopover").then((m) => ({ default: m.EventPopover })),
);

/** Markers closer than this (px) merge into one marker for the group: the width of one marker's hit area. */
const MIN_GAP_PX = 24;
/** On touch screens and phones each marker's hit area is 44 × 44 px (styles.css), so they merge sooner. */
const MIN_GAP_TOUCH_PX = 44;
/** Keep in step with the marker rules in styles.css. */
export const TOUCH_QUERY = "(max-width: 720px), (max-height: 500px), (pointer: coarse)";

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function markerLabel(group: EventGroup, zone: string, i18n: I18n): string {
  const { t } = i18n;
  const [first] = group.events;
  const last = group.events[group.events.length - 1];
  if (!first || !last) return "";
  if (group.events.length === 1)
    return t("events.one", {
      kind: t(EVENT_KIND_LABEL[first.kind]),
      title: first.title,
      when: eventWhen(first, zone, i18n),
    });
  const from = eventWhen(first, zone, i18n);
  const to = eventWhen(last, zone, i18n);
  const range = from === to ? from : t("events.range", { from, to });
  return t("events.many", { count: group.events.length, range });
}

/** Diplomatic events as markers above the histogram; choosing one opens what it was and its sources. */
export function EventMarkers() {
  const events = useAppStore((s) => s.events);
  const view = useAppStore(selectTimelineView);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const label = zoneLabel(
    useAppStore((s) => s.zoneMode),
    i18n,
  );
  const listRef = useRef<HTMLUListElement>(null);
  const width = useWidth(listRef);
  const [openKey, setOpenKey] = useState<string | undefined>(undefined);
  const markerRefs = useRef(new Map<string, HTMLButtonElement>());

  const isTouch = useMediaQuery(TOUCH_QUERY);
  const groups = groupEvents(events, view, width, isTouch ? MIN_GAP_TOUCH_PX : MIN_GAP_PX);
  const open = groups.find((g) => g.key === openKey);
  const close = () => {
    const key = openKey;
    setOpenKey(undefined);
    if (key) markerRefs.current.get(key)?.focus();
  };
  return (
    <>
      <ul ref={listRef} className="timeline-events" aria-label={i18n.t("events.label")}>
        {groups.map((g) => (
          <li key={g.key} style={{ left: `${g.fraction * 100}%` }}>
            <button
              ref={(el) => {
                if (el) markerRefs.current.set(g.key, el);
                else markerRefs.current.delete(g.key);
              }}
              type="button"
              className={`timeline-event timeline-event-${g.events.length > 1 ? "group" : g.events[0]?.kind}`}
              aria-label={markerLabel(g, zone, i18n)}
              aria-haspopup="dialog"
              aria-expanded={openKey === g.key}
              title={markerLabel(g, zone, i18n)}
              onClick={() => setOpenKey(openKey === g.key ? undefined : g.key)}
            >
              {g.events.length > 1 ? <span aria-hidden="true">{g.events.length}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <Suspense fallback={null}>
          <EventPopover events={open.events} timeZone={zone} zoneLabel={label} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
