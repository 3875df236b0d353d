import { type CSSProperties, type ReactNode, useRef, useState } from "react";
import { nextSnap, SHEET_SHARES, type SheetSnap } from "@/lib/sheet-snap";
import { useI18n } from "../use-i18n";
import { SheetHandle } from "./SheetHandle";

/**
 * The side panel; on phones a bottom sheet under the map (in the layout's flow, so the map shrinks
 * and its centre is never covered) that rests at half or full height. A grab handle drags it, or
 * cycles the heights as a button. On wider screens the handle is hidden and the panel is a column.
 */
export function SidePanelSheet({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const [snap, setSnap] = useState<SheetSnap>("half");
  /** The share while a drag is under way, else undefined (the snap's share applies). */
  const [dragShare, setDragShare] = useState<number | undefined>(undefined);
  const asideRef = useRef<HTMLElement>(null);
  const share = dragShare ?? SHEET_SHARES[snap];
  const style = { "--sheet-share": `${share * 100}%` } as CSSProperties;
  return (
    <aside
      ref={asideRef}
      id="side-panel"
      className="side-panel"
      aria-label={label}
      data-sheet={snap}
      data-dragging={dragShare !== undefined}
      style={style}
    >
      <SheetHandle
        snap={snap}
        label={t("sheet.handle", { size: snap })}
        hint={t("sheet.hint")}
        area={() => asideRef.current?.parentElement?.getBoundingClientRect()}
        onDrag={setDragShare}
        onRest={(next) => {
          setDragShare(undefined);
          setSnap(next);
        }}
        onToggle={() => setSnap(nextSnap(snap))}
      />
      {children}
    </aside>
  );
}
