import { type KeyboardEvent, type PointerEvent, type RefObject, useRef } from "react";
import { addUnits, clampWindow, nightAt } from "@/analysis/time-windows";
import type { TimeWindow } from "@/domain/types";
import {
  selectBinUnit,
  selectTimelineDomain,
  selectTimelineView,
  selectTimeZone,
} from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { zoneLabel } from "../zone";
import { handleValueText } from "./time-format";
import { fractionOf, snapTime, timeAtX } from "./track-math";

type Part = "start" | "end" | "window";
/** Half the least distance, in CSS pixels, between the two handles' edges. */
const HALF_GAP_PX = 5;
interface Drag {
  readonly part: Part;
  readonly originMs: number;
  readonly originWindow: TimeWindow;
  /**
   * The track's box when the drag began. The track does not move during a drag, and measuring it
   * on every move would force a layout inside the input handler (the previous step's list and
   * counts are not laid out yet), a second layout per frame while scrubbing.
   */
  readonly track: { readonly left: number; readonly width: number } | undefined;
}

/** The brushed window over the histogram: two `role="slider"` handles and a draggable body. */
export function Brush({ trackRef }: { trackRef: RefObject<HTMLDivElement | null> }) {
  const store = useAppStoreApi();
  const win = useAppStore((s) => s.timeWindow);
  const view = useAppStore(selectTimelineView);
  const domain = useAppStore(selectTimelineDomain);
  const unit = useAppStore(selectBinUnit);
  const zone = useAppStore(selectTimeZone);
  const i18n = useI18n();
  const label = zoneLabel(
    useAppStore((s) => s.zoneMode),
    i18n,
  );
  const drag = useRef<Drag | undefined>(undefined);

  const timeAt = (clientX: number, rect: Drag["track"]) =>
    rect ? timeAtX(clientX, rect.left, rect.width, view) : view.startMs;
  /** Moves one edge; leaving "one night" mode, since the window is no longer a night. */
  const setEdge = (part: "start" | "end", tMs: number) => {
    const state = store.getState();
    const w = state.timeWindow;
    if (state.windowMode === "night") state.setWindowMode("moving");
    if (part === "start")
      state.setTimeWindow({
        startMs: Math.min(Math.max(tMs, domain.startMs), w.endMs),
        endMs: w.endMs,
      });
    else
      state.setTimeWindow({
        startMs: w.startMs,
        endMs: Math.max(Math.min(tMs, domain.endMs), w.startMs),
      });
  };

  const onPointerDown = (part: Part) => (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (part !== "window") e.currentTarget.focus();
    store.getState().setPlaying(false);
    const track = trackRef.current?.getBoundingClientRect();
    drag.current = {
      part,
      originMs: timeAt(e.clientX, track),
      originWindow: store.getState().timeWindow,
      track,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const tMs = timeAt(e.clientX, d.track);
    if (d.part !== "window") {
      setEdge(d.part, snapTime(tMs, unit, zone));
      return;
    }
    const state = store.getState();
    const width = d.originWindow.endMs - d.originWindow.startMs;
    const moved = clampWindow(
      {
        startMs: d.originWindow.startMs + tMs - d.originMs,
        endMs: d.originWindow.endMs + tMs - d.originMs,
      },
      domain,
    );
    if (state.windowMode === "night") {
      state.setTimeWindow(nightAt(moved.startMs, zone));
      return;
    }
    const startMs = snapTime(moved.startMs, unit, zone);
    state.setTimeWindow(clampWindow({ startMs, endMs: startMs + width }, domain));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = undefined;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };

  const onKeyDown = (part: "start" | "end") => (e: KeyboardEvent<HTMLDivElement>) => {
    const state = store.getState();
    const w = state.timeWindow;
    const value = part === "start" ? w.startMs : w.endMs;
    const [min, max] = part === "start" ? [domain.startMs, w.endMs] : [w.startMs, domain.endMs];
    let next: number;
    switch (e.key) {
      case "ArrowLeft":
      case "ArrowDown":
        next = addUnits(value, -1, unit, zone);
        break;
      case "ArrowRight":
      case "ArrowUp":
        next = addUnits(value, 1, unit, zone);
        break;
      case "PageUp":
      case "PageDown":
        e.preventDefault();
        state.stepWindow(e.key === "PageUp" ? 1 : -1);
        return;
      case "Home":
        next = min;
        break;
      case "End":
        next = max;
        break;
      default:
        return;
    }
    e.preventDefault();
    setEdge(part, Math.min(max, Math.max(min, next)));
  };

  const f0 = fractionOf(win.startMs, view);
  const f1 = fractionOf(win.endMs, view);
  // A window a few pixels wide (one night in years of history) keeps its two handles apart: each
  // edge sits at least HALF_GAP_PX from the window's middle, so both grips stay seen and grabbable.
  const mid = ((f0 + f1) / 2) * 100;
  const x0 = `min(${f0 * 100}%, calc(${mid}% - ${HALF_GAP_PX}px))`;
  const x1 = `max(${f1 * 100}%, calc(${mid}% + ${HALF_GAP_PX}px))`;
  const handle = (part: "start" | "end") => {
    const value = part === "start" ? win.startMs : win.endMs;
    return (
      <div
        role="slider"
        tabIndex={0}
        aria-label={i18n.t(part === "start" ? "timeline.windowStart" : "timeline.windowEnd")}
        aria-orientation="horizontal"
        aria-valuemin={part === "start" ? domain.startMs : win.startMs}
        aria-valuemax={part === "start" ? win.endMs : domain.endMs}
        aria-valuenow={value}
        aria-valuetext={handleValueText(value, zone, label, i18n)}
        className={`timeline-handle timeline-handle-${part}`}
        style={{ left: part === "start" ? x0 : x1 }}
        onPointerDown={onPointerDown(part)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown(part)}
      />
    );
  };
  return (
    <>
      <div
        className="timeline-window"
        aria-hidden="true"
        style={{ left: x0, width: `calc(${x1} - ${x0})` }}
        onPointerDown={onPointerDown("window")}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      {handle("start")}
      {handle("end")}
    </>
  );
}
