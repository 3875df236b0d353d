import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";
import type { MessageKey } from "@/i18n/translator";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { zoneFieldLabel } from "../zone";
import { formatTimeField, offsetText, parseTimeField, timeFieldMessage } from "./time-field";

type Part = "start" | "end";
const FIELD_NAME: Record<Part, MessageKey> = { start: "timeline.from", end: "timeline.to" };

/** What the user typed, and the zone it was typed in (a zone switch drops it). */
interface Draft {
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
}
type Errors = Partial<Record<Part, string>>;

/**
 * Exact start and end to the minute as "YYYY-MM-DD HH:MM" in the app's zone (never the browser's
 * locale format), labelled with that zone. Enter or Set applies, Escape reverts; unreadable text is
 * marked aria-invalid and explained in an alert, never silently ignored.
 */
export function WindowForm() {
  const store = useAppStoreApi();
  const win = useAppStore((s) => s.timeWindow);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const { t } = i18n;
  const zoneName = zoneFieldLabel(
    useAppStore((s) => s.zoneMode),
    zone,
    i18n,
  );
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [errors, setErrors] = useState<Errors>({});
  // A zone switch drops what was typed and its errors: the fields show the window in the new zone.
  const [typedIn, setTypedIn] = useState(zone);
  if (typedIn !== zone) {
    setTypedIn(zone);
    setDraft(undefined);
    setErrors({});
  }
  const inputs = { start: useRef<HTMLInputElement>(null), end: useRef<HTMLInputElement>(null) };
  const id = useId();
  const live = draft?.timeZone === zone ? draft : undefined;
  const text: Record<Part, string> = {
    start: live?.start ?? formatTimeField(win.startMs, zone),
    end: live?.end ?? formatTimeField(win.endMs, zone),
  };
  // Untyped fields show the window itself: nothing to parse (this renders on every scrub step).
  const parsed = live
    ? { start: parseTimeField(text.start, zone), end: parseTimeField(text.end, zone) }
    : {
        start: { ok: true, tMs: win.startMs } as const,
        end: { ok: true, tMs: win.endMs } as const,
      };
  const messageFor = (part: Part): string | undefined => {
    const r = parsed[part];
    return r.ok ? undefined : timeFieldMessage(t(FIELD_NAME[part]), r.reason, zoneName, i18n);
  };

  const edit = (part: Part, value: string) => {
    setErrors((e) => ({ ...e, [part]: undefined }));
    setDraft({ ...text, timeZone: zone, [part]: value });
  };
  const revert = () => {
    setDraft(undefined);
    setErrors({});
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next: Errors = { start: messageFor("start"), end: messageFor("end") };
    const { start, end } = parsed;
    if (start.ok && end.ok && end.tMs <= start.tMs) next.end = t("timeline.toAfterFrom");
    if (next.start || next.end) {
      setErrors(next);
      inputs[next.start ? "start" : "end"].current?.focus();
      return;
    }
    if (!start.ok || !end.ok) return;
    const state = store.getState();
    state.setPlaying(false);
    if (state.windowMode === "night") state.setWindowMode("moving");
    state.setTimeWindow({ startMs: start.tMs, endMs: end.tMs });
    revert();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Escape" || (!live && !errors.start && !errors.end)) return;
    e.stopPropagation();
    revert();
  };

  // The offsets of what the fields now say, so a DST change inside the window is visible.
  const offsets = (["start", "end"] as const).map((part) => {
    const r = parsed[part];
    return offsetText(r.ok ? r.tMs : part === "start" ? win.startMs : win.endMs, zone);
  });
  const offsetNote = zone === "UTC" ? "" : ` (UTC${[...new Set(offsets)].join(" → ")})`;
  const field = (part: Part) => {
    const error = errors[part];
    // A label that wraps its input would add the input's value to its name in Chromium.
    return (
      <span className="timeline-field">
        <label htmlFor={`${id}-${part}`}>
          {t(FIELD_NAME[part])} <span className="visually-hidden">({zoneName})</span>
        </label>
        <input
          id={`${id}-${part}`}
          ref={inputs[part]}
          type="text"
          size={16}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("timeField.format")}
          value={text[part]}
          aria-invalid={error !== undefined}
          aria-describedby={`${id}-zone ${id}-format${error ? ` ${id}-${part}-error` : ""}`}
          onChange={(e) => edit(part, e.target.value)}
          onBlur={() => {
            if (live) setErrors((e) => ({ ...e, [part]: messageFor(part) }));
          }}
          onKeyDown={onKeyDown}
        />
      </span>
    );
  };
  return (
    <form
      className="timeline-form"
      onSubmit={submit}
      aria-label={t("timeline.exactWindow")}
      noValidate
    >
      {field("start")}
      {field("end")}
      <span className="timeline-zone" id={`${id}-zone`}>
        {zoneName}
        {offsetNote}
      </span>
      <span className="visually-hidden" id={`${id}-format`}>
        {t("timeline.typeAs", { format: t("timeField.format") })}
      </span>
      <button type="submit">{t("timeline.set")}</button>
      {live || errors.start || errors.end ? (
        <button type="button" onClick={revert}>
          {t("timeline.reset")}
        </button>
      ) : null}
      {errors.start || errors.end ? (
        <p role="alert" className="timeline-error">
          {(["start", "end"] as const).map((part) =>
            errors[part] ? (
              <span key={part} id={`${id}-${part}-error`}>
                {errors[part]}{" "}
              </span>
            ) : null,
          )}
        </p>
      ) : null}
    </form>
  );
}
