import { useEffect } from "react";
import type { AppStore } from "@/state/store";

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.matches("input, textarea, select, [role='slider'], [role='textbox']");
}

/**
 * Measure shortcuts on the whole page: M toggles the tool; while measuring, Backspace removes the
 * last point and Enter or Escape finishes. Keys typed into form fields are left alone.
 */
export function useMeasureKeys(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
      const state = store.getState();
      if (e.key === "m" || e.key === "M") {
        state.toggleMeasure();
        e.preventDefault();
        return;
      }
      if (state.tool !== "measure") return;
      if (e.key === "Backspace") {
        state.removeLastMeasurePoint();
        e.preventDefault();
      } else if (
        e.key === "Escape" ||
        (e.key === "Enter" && !(e.target instanceof HTMLButtonElement))
      ) {
        state.finishMeasure();
        e.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
