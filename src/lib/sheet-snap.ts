/** The heights a phone's bottom sheet rests at, as a share of the space below the header. */
export type SheetSnap = "half" | "full";

/** Share of the main area each snap takes; "full" leaves a strip of map for context. */
export const SHEET_SHARES: Readonly<Record<SheetSnap, number>> = { half: 0.5, full: 0.85 };
/** A drag may squeeze the sheet down to this share before it snaps back. */
export const SHEET_MIN_SHARE = 0.2;
/** A release faster than this (share of the area per second) flings to the next snap that way. */
const FLING_SHARE_PER_S = 1.2;

/**
 * The sheet's share of an area spanning `areaTop`…`areaTop + areaHeight` (CSS px) when its top
 * edge is dragged to `clientY`, kept between SHEET_MIN_SHARE and the full snap.
 */
export function shareAtY(clientY: number, areaTop: number, areaHeight: number): number {
  if (!(areaHeight > 0)) return SHEET_SHARES.half;
  const share = (areaTop + areaHeight - clientY) / areaHeight;
  return Math.min(SHEET_SHARES.full, Math.max(SHEET_MIN_SHARE, share));
}

/**
 * Where a released sheet rests: a fast fling goes to the snap in its direction (`velocity` in
 * shares per second, positive growing the sheet); otherwise the snap nearest `share`.
 */
export function snapAt(share: number, velocity = 0): SheetSnap {
  if (velocity >= FLING_SHARE_PER_S) return "full";
  if (velocity <= -FLING_SHARE_PER_S) return "half";
  const toHalf = Math.abs(share - SHEET_SHARES.half);
  const toFull = Math.abs(share - SHEET_SHARES.full);
  return toFull < toHalf ? "full" : "half";
}

/** The snap the grab handle's button (or Enter/Space) moves to next: half ↔ full. */
export function nextSnap(snap: SheetSnap): SheetSnap {
  return snap === "half" ? "full" : "half";
}
