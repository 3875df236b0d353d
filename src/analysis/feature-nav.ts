/**
 * Map-feature navigator (pure): which strikes and sites lie in the map's view, in a stable reading
 * order, and which one an arrow key moves to. Screen distances are approximated in Web Mercator
 * (what the user sees), never used for any number the user reads.
 */
import type { LngLat } from "@/domain/types";

/** West, south, east, north in degrees. */
export type BoundsDeg = readonly [number, number, number, number];
export type NavKind = "strike" | "mission";
export interface NavItem {
  readonly kind: NavKind;
  readonly id: string;
  readonly lngLat: LngLat;
}
export type NavDirection = "up" | "down" | "left" | "right";

/** True when `p` lies inside `b` (edges included). */
export function inBounds(p: LngLat, b: BoundsDeg): boolean {
  return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

/** Web Mercator y (unitless, grows southward like the screen). */
const mercY = (latDeg: number): number => {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return -Math.log((1 + s) / (1 - s)) / 2;
};
const screen = (p: LngLat): [number, number] => [(p[0] * Math.PI) / 180, mercY(p[1])];

/** Reading order: top to bottom, then left to right, then by id. */
const readingOrder = (a: NavItem, b: NavItem) =>
  b.lngLat[1] - a.lngLat[1] || a.lngLat[0] - b.lngLat[0] || (a.id < b.id ? -1 : 1);

/**
 * The first `k` of `items` in `order`, sorted: one pass keeping a sorted run of at most `k`
 * (binary insertion), so 100k strikes in view cost O(n log k), not a sort of all of them. Pure.
 */
export function firstInOrder<T>(items: Iterable<T>, k: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1] as T) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Features inside `bounds`, sites first, then top-to-bottom and left-to-right (reading order), at
 * most `limit` of them (strikes past the limit are dropped, sites never). Strikes may be any
 * records with an id and a position; only the chosen ones become items.
 */
export function featuresInView(
  missions: readonly NavItem[],
  strikes: readonly { readonly id: string; readonly lngLat: LngLat }[],
  bounds: BoundsDeg,
  limit: number,
): NavItem[] {
  const sites = missions.filter((m) => inBounds(m.lngLat, bounds)).sort(readingOrder);
  function* inView() {
    for (const s of strikes)
      if (inBounds(s.lngLat, bounds)) yield { kind: "strike" as const, id: s.id, lngLat: s.lngLat };
  }
  return [...sites, ...firstInOrder(inView(), Math.max(0, limit - sites.length), readingOrder)];
}

/**
 * Index of the item nearest to `items[from]` in the arrow's direction: candidates lie within 45°
 * of the direction on screen; the nearest wins, sideways offset weighing double. Returns `from`
 * when nothing lies that way (and -1 stays -1 unless items exist: then 0).
 */
export function nextInDirection(
  items: readonly NavItem[],
  from: number,
  dir: NavDirection,
): number {
  const start = items[from];
  if (!start) return items.length > 0 ? 0 : -1;
  const [x0, y0] = screen(start.lngLat);
  let best = from;
  let bestScore = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    if (i === from) return;
    const [x, y] = screen(item.lngLat);
    const dx = x - x0;
    const dy = y - y0;
    const along = dir === "right" ? dx : dir === "left" ? -dx : dir === "down" ? dy : -dy;
    const across = dir === "left" || dir === "right" ? Math.abs(dy) : Math.abs(dx);
    if (along < 0 || across > along || (along === 0 && across === 0 && i < from)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
