import { useState } from "react";
import { useI18n } from "../use-i18n";
import { Controls } from "./Controls";
import { PlayButton, PresetButtons, StepButton } from "./control-parts";
import { Track } from "./Track";
import { WindowCount } from "./WindowCount";
import { WindowForm } from "./WindowForm";

/**
 * The phone's time control, always open: the window's count, play and the presets in one row, and
 * a compact scrubber (the same `role="slider"` handles as on desktop) between step buttons. Speed,
 * mode, zoom, exact times and the event markers wait behind "More".
 */
export function PhoneTimeline() {
  const [more, setMore] = useState(false);
  const { t } = useI18n();
  return (
    <div className="timeline-phone" data-more={more}>
      <div className="timeline-head">
        <WindowCount />
        <button
          type="button"
          className="timeline-more-toggle"
          aria-expanded={more}
          aria-controls="timeline-more"
          onClick={() => setMore(!more)}
        >
          {t("timeline.more")}
        </button>
      </div>
      <fieldset className="timeline-quick">
        <legend className="visually-hidden">{t("timeline.quick")}</legend>
        <PlayButton />
        <PresetButtons />
      </fieldset>
      <div className="timeline-scrub">
        <StepButton direction={-1} />
        <Track markers={more} />
        <StepButton direction={1} />
      </div>
      <div id="timeline-more" className="timeline-more" hidden={!more}>
        <Controls compact />
        <WindowForm />
      </div>
    </div>
  );
}
