import { useEffect, useRef } from "react";
import { selectSelectedMission, selectSelectedStrike } from "@/state/selectors";
import { DetailsHint } from "./DetailsHint";
import { MissionDetails } from "./MissionDetails";
import { StrikeDetails } from "./StrikeDetails";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** Shows the selected strike or mission, or a hint when nothing is selected. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const strike = useAppStore(selectSelectedStrike);
  const mission = useAppStore(selectSelectedMission);
  const topRef = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  const shownId = strike?.id ?? mission?.id;
  // A new selection starts at its title, not where the previous one was scrolled to.
  useEffect(() => {
    if (shownId) topRef.current?.parentElement?.scrollTo?.({ top: 0 });
  }, [shownId]);
  if (!strike && !mission) {
    return <DetailsHint />;
  }
  return (
    <div ref={topRef}>
      <button type="button" className="close" onClick={() => store.getState().select(null, "list")}>
        {t("details.close")}
      </button>
      {strike ? <StrikeDetails strike={strike} /> : null}
      {mission ? <MissionDetails mission={mission} /> : null}
    </div>
  );
}
