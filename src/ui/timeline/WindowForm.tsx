import { type FormEvent, useId, useState } from "react";
import { selectTimeZone } from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { zoneLabel } from "../zone";
import { fromLocalInputValue, toLocalInputValue } from "./time-format";

interface Draft {
  readonly start: string;
  readonly end: string;
}

/** Exact start and end to the minute, in the chosen zone; applied with Enter or the Set button. */
export function WindowForm() {
  const store = useAppStoreApi();
  const win = useAppStore((s) => s.timeWindow);
  const zone = useAppStore(selectTimeZone);
  const label = zoneLabel(useAppStore((s) => s.zoneMode));
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const errorId = useId();
  const start = draft?.start ?? toLocalInputValue(win.startMs, zone);
  const end = draft?.end ?? toLocalInputValue(win.endMs, zone);

  const edit = (part: keyof Draft, value: string) => {
    setError(undefined);
    setDraft({ start, end, [part]: value });
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const startMs = fromLocalInputValue(start, zone);
    const endMs = fromLocalInputValue(end, zone);
    if (startMs === undefined || endMs === undefined) {
      setError("Enter both times as date and time to the minute.");
      return;
    }
    if (endMs <= startMs) {
      setError("The end must be after the start.");
      return;
    }
    const state = store.getState();
    state.setPlaying(false);
    if (state.windowMode === "night") state.setWindowMode("moving");
    state.setTimeWindow({ startMs, endMs });
    setDraft(undefined);
  };
  return (
    <form className="timeline-form" onSubmit={submit} aria-label="Exact window">
      <label>
        From
        <input
          type="datetime-local"
          step={60}
          value={start}
          required
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => edit("start", e.target.value)}
        />
      </label>
      <label>
        To
        <input
          type="datetime-local"
          step={60}
          value={end}
          required
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => edit("end", e.target.value)}
        />
      </label>
      <span className="timeline-zone">({label})</span>
      <button type="submit">Set</button>
      {draft ? (
        <button type="button" onClick={() => setDraft(undefined)}>
          Reset
        </button>
      ) : null}
      {error ? (
        <span id={errorId} role="alert" className="timeline-error">
          {error}
        </span>
      ) : null}
    </form>
  );
}
