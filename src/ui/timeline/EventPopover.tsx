import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import type { DiplomaticEvent, DiplomaticEventKind } from "@/domain/types";
import { dateTimeFormat } from "@/lib/date-time-format";
import { formatDate, formatDateTime, formatTimeWindow } from "@/lib/format";
import { SourceList } from "../SourceList";

export const EVENT_KIND_LABEL: Record<DiplomaticEventKind, string> = {
  "coordinates-handover": "Coordinates handed over",
  "protest-note": "Protest note",
  summons: "Summons",
  statement: "Statement",
  reply: "Reply",
};

/** An event's date at the precision the data states (a year, a month, a day, or a time). */
export function eventWhen(event: DiplomaticEvent, timeZone: string): string {
  if (event.timePrecision === "year" || event.timePrecision === "month") {
    return dateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      ...(event.timePrecision === "month" ? { month: "long" } : {}),
    }).format(event.tMs);
  }
  if (event.timePrecision === "window") {
    return event.timeWindow
      ? formatTimeWindow(event.timeWindow.startMs, event.timeWindow.endMs, timeZone)
      : `${formatDate(event.tMs, timeZone)}, time not reported`;
  }
  if (event.timePrecision === "day" || event.timePrecision === "night")
    return formatDate(event.tMs, timeZone);
  return formatDateTime(event.tMs, timeZone);
}

function EventBody({
  event,
  timeZone,
  zoneLabel,
  titleId,
  level,
}: {
  event: DiplomaticEvent;
  timeZone: string;
  zoneLabel: string;
  titleId?: string | undefined;
  level: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const showsTime = event.timePrecision === "minute" || event.timePrecision === "hour";
  return (
    <>
      <p className="timeline-popover-kind">{EVENT_KIND_LABEL[event.kind]}</p>
      <Heading id={titleId}>{event.title}</Heading>
      <p className="timeline-popover-when">
        {eventWhen(event, timeZone)}
        {showsTime ? ` ${zoneLabel}` : ""}
        {event.confidence !== "high" ? ` · ${event.confidence} confidence` : ""}
      </p>
      <p>{event.description}</p>
      {event.disputed.length > 0 ? (
        <ul className="disputes">
          {event.disputed.map((d) => (
            <li key={d.what + d.by}>
              Disputed {d.what} ({d.by}){d.detail ? `: ${d.detail}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="timeline-popover-sources">Sources</p>
      <SourceList sources={event.sources} />
    </>
  );
}

interface EventPopoverProps {
  readonly events: readonly DiplomaticEvent[];
  readonly timeZone: string;
  readonly zoneLabel: string;
  readonly onClose: () => void;
}

/** What one or more diplomatic events were and where they are reported; data is rendered as text only. */
export function EventPopover({ events, timeZone, zoneLabel, onClose }: EventPopoverProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => closeRef.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    onClose();
  };
  const [only] = events;
  return (
    <div role="dialog" aria-labelledby={titleId} className="timeline-popover" onKeyDown={onKeyDown}>
      <button ref={closeRef} type="button" className="close" onClick={onClose}>
        Close
      </button>
      {events.length === 1 && only ? (
        <EventBody
          event={only}
          timeZone={timeZone}
          zoneLabel={zoneLabel}
          titleId={titleId}
          level={2}
        />
      ) : (
        <>
          <h2 id={titleId}>{events.length} diplomatic events</h2>
          {events.map((e) => (
            <article key={e.id} className="timeline-popover-item">
              <EventBody event={e} timeZone={timeZone} zoneLabel={zoneLabel} level={3} />
            </article>
          ))}
        </>
      )}
    </div>
  );
}
