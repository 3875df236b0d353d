import type { Strike } from "@/domain/types";
import { useAppStore, useAppStoreApi } from "./store-context";

/** Says when the shown strike is outside the time window, with a way to bring it into view. */
export function OutsideWindowNote({ strike }: { strike: Strike }) {
  const store = useAppStoreApi();
  const inside = useAppStore(
    (s) => strike.tMs >= s.timeWindow.startMs && strike.tMs < s.timeWindow.endMs,
  );
  if (inside) return null;
  return (
    <p className="outside-note">
      This strike is outside the current time window; the map marks it with a ring only.{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => store.getState().applyPreset("24h")}
      >
        Show its 24 hours
      </button>
    </p>
  );
}
