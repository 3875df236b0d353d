/** A screen rectangle in CSS px, relative to the map container. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}
export type OverlaySide = "top" | "bottom";

/** How many of `points` lie inside `rect` grown by `marginPx` on every side. */
export function pointsUnder(
  points: ReadonlyArray<{ readonly x: number; readonly y: number }>,
  rect: ScreenRect,
  marginPx: number,
): number {
  let n = 0;
  for (const p of points)
    if (
      p.x >= rect.left - marginPx &&
      p.x <= rect.left + rect.width + marginPx &&
      p.y >= rect.top - marginPx &&
      p.y <= rect.top + rect.height + marginPx
    )
      n++;
  return n;
}

/**
 * Which edge of the map the overlays (measure readout, status chip) should sit on so they cover
 * none of `points`, or the fewest. `rect` is where they are now on side `current`; the other side's
 * rect is its mirror image across the map's horizontal midline. Ties keep the current side, so the
 * overlays do not jump back and forth. Pure.
 */
export function chooseOverlaySide(
  points: ReadonlyArray<{ readonly x: number; readonly y: number }>,
  rect: ScreenRect,
  containerHeightPx: number,
  current: OverlaySide,
  marginPx = 8,
): OverlaySide {
  const mirrored = { ...rect, top: containerHeightPx - rect.top - rect.height };
  const here = pointsUnder(points, rect, marginPx);
  const there = pointsUnder(points, mirrored, marginPx);
  if (there < here) return current === "top" ? "bottom" : "top";
  return current;
}
