import { type KeyboardEvent, type PointerEvent, useRef } from "react";
import { type SheetSnap, shareAtY, snapAt } from "@/lib/sheet-snap";

/** A press that moves farther than this (CSS px) is a drag, not a press of the button. */
const DRAG_PX = 6;

interface Props {
  readonly snap: SheetSnap;
  readonly label: string;
  readonly hint: string;
  /** The area the sheet shares with the map (its share is measured against it). */
  readonly area: () => DOMRect | undefined;
  readonly onDrag: (share: number) => void;
  readonly onRest: (snap: SheetSnap) => void;
  readonly onToggle: () => void;
}

interface Drag {
  readonly startY: number;
  moved: boolean;
  lastY: number;
  lastT: number;
  velocity: number;
  share: number;
}

/**
 * The sheet's grab handle: drag it (mouse, pen or touch) to resize, or press it (click, Enter,
 * Space) to switch between half and full height; Arrow Up and Down go to full and half.
 */
export function SheetHandle({ snap, label, hint, area, onDrag, onRest, onToggle }: Props) {
  const drag = useRef<Drag | undefined>(undefined);
  /** Set when a drag has just ended, so the click the browser sends after it does not toggle. */
  const dragged = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    dragged.current = false;
    drag.current = {
      startY: e.clientY,
      moved: false,
      lastY: e.clientY,
      lastT: e.timeStamp,
      velocity: 0,
      share: 0,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const rect = area();
    if (!d || !rect) return;
    if (!d.moved && Math.abs(e.clientY - d.startY) <= DRAG_PX) return;
    d.moved = true;
    const dt = (e.timeStamp - d.lastT) / 1000;
    // Upward motion grows the sheet: a positive velocity, in shares of the area per second.
    if (dt > 0) d.velocity = (d.lastY - e.clientY) / rect.height / dt;
    d.lastY = e.clientY;
    d.lastT = e.timeStamp;
    d.share = shareAtY(e.clientY, rect.top, rect.height);
    onDrag(d.share);
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = undefined;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    if (!d?.moved) return;
    dragged.current = true;
    onRest(snapAt(d.share, d.velocity));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    onRest(e.key === "ArrowUp" ? "full" : "half");
  };
  return (
    <div className="sheet-grip">
      <button
        type="button"
        className="sheet-handle"
        aria-label={label}
        aria-expanded={snap === "full"}
        aria-controls="side-panel"
        aria-describedby="sheet-hint"
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else onToggle();
        }}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      <span id="sheet-hint" className="visually-hidden">
        {hint}
      </span>
    </div>
  );
}
