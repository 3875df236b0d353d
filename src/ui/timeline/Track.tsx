import { useEffect, useRef, type WheelEvent } from "react";
import {
  selectBinUnit,
  selectHistogram,
  selectTimelineDomain,
  selectTimelineView,
  selectTimeZone,
} from "@/state/time-selectors";
import { useAppStore, useAppStoreApi } from "../store-context";
import { Axis } from "./Axis";
import { Brush } from "./Brush";
import { EventMarkers } from "./EventMarkers";
import { Histogram } from "./Histogram";
import { timeAtX, zoomView } from "./track-math";

/**
 * Event markers (unless `markers` is false), the histogram with the brushed window, and the axis;
 * the wheel zooms.
 */
export function Track({ markers = true }: { markers?: boolean }) {
  const store = useAppStoreApi();
  const bins = useAppStore(selectHistogram);
  const view = useAppStore(selectTimelineView);
  const unit = useAppStore(selectBinUnit);
  const zone = useAppStore(selectTimeZone);
  const win = useAppStore((s) => s.timeWindow);
  const trackRef = useRef<HTMLDivElement>(null);

  // While zoomed in, keep the window in sight as playback or stepping moves it.
  useEffect(() => {
    const state = store.getState();
    if (!state.timelineView) return;
    const v = selectTimelineView(state);
    if (win.startMs >= v.startMs && win.endMs <= v.endMs) return;
    const span = v.endMs - v.startMs;
    if (win.endMs - win.startMs > span) return;
    const startMs = win.endMs > v.endMs ? win.endMs - span * 0.8 : win.startMs - span * 0.2;
    state.setTimelineView(
      zoomView({ startMs, endMs: startMs + span }, 1, startMs, selectTimelineDomain(state)),
    );
  }, [store, win]);

  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || e.deltaY === 0) return;
    const state = store.getState();
    const center = timeAtX(e.clientX, rect.left, rect.width, view);
    const next = zoomView(view, e.deltaY > 0 ? 1.25 : 0.8, center, selectTimelineDomain(state));
    state.setTimelineView(next);
  };

  return (
    <div className="timeline-track-wrap">
      {markers ? <EventMarkers /> : null}
      <div ref={trackRef} className="timeline-track" onWheel={onWheel}>
        <Histogram bins={bins} view={view} unit={unit} timeZone={zone} window={win} />
        <Brush trackRef={trackRef} />
      </div>
      <Axis view={view} timeZone={zone} />
    </div>
  );
}
