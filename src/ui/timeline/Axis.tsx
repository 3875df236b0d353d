import { memo } from "react";
import type { TimeWindow } from "@/domain/types";
import { useI18n } from "../use-i18n";
import { axisTicks } from "./axis-ticks";
import { fractionOf } from "./track-math";

/** Tick labels under the histogram at round local times. */
export const Axis = memo(function Axis({ view, timeZone }: { view: TimeWindow; timeZone: string }) {
  const { fmt } = useI18n();
  const ticks = axisTicks(view, timeZone, 8, fmt.tag);
  return (
    <div className="timeline-axis" aria-hidden="true">
      {ticks.map((t) => (
        <span
          key={t.tMs}
          className={t.edge ? "timeline-tick timeline-tick-edge" : "timeline-tick"}
          style={{ left: `${fractionOf(t.tMs, view) * 100}%` }}
        >
          {t.label}
        </span>
      ))}
    </div>
  );
});
