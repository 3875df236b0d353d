import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import type { DiplomaticEvent } from "@/domain/types";
import { CONFIDENCE_LABEL, EVENT_KIND_LABEL } from "@/i18n/labels";
import { SourceList } from "../SourceList";
import { useI18n } from "../use-i18n";
import { eventWhen } from "./event-when";

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
  const i18n = useI18n();
  const { t } = i18n;
  const showsTime = event.timePrecision === "minute" || event.timePrecision === "hour";
  return (
    <>
      <p className="timeline-popover-kind">{t(EVENT_KIND_LABEL[event.kind])}</p>
      <Heading id={titleId}>{event.title}</Heading>
      <p className="timeline-popover-when">
        {eventWhen(event, timeZone, i18n)}
        {showsTime ? ` ${zoneLabel}` : ""}
        {event.confidence !== "high"
          ? t("events.confidence", { level: t(CONFIDENCE_LABEL[event.confidence]) })
          : ""}
      </p>
      <p>{event.description}</p>
      {event.disputed.length > 0 ? (
        <ul className="disputes">
          {event.disputed.map((d) => (
            <li key={d.what + d.by}>
              {t("events.disputed", { what: d.what, by: d.by })}
              {d.detail ? `: ${d.detail}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="timeline-popover-sources">{t("common.sources")}</p>
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
  const { t } = useI18n();
  return (
    <div role="dialog" aria-labelledby={titleId} className="timeline-popover" onKeyDown={onKeyDown}>
      <button ref={closeRef} type="button" className="close" onClick={onClose}>
        {t("common.close")}
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
          <h2 id={titleId}>{t("events.heading", { count: events.length })}</h2>
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
